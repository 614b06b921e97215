-- Training series, programme dashboard and closing report: indexes that let every figure be one aggregate over an
-- index (index-only scans where the visibility map allows), so the dashboard stays fast over 100,000
-- registrations and a million Zoom intervals. No new tables: the dashboard only reads what the other parts write.

-- registrants per province, category, level, channel and status of one programme
CREATE INDEX training_registration_report
    ON training_registration (programme_id, status, province_code, category, level, channel);

-- identified attendance per session and status
CREATE INDEX training_attendance_report ON training_attendance (session_id, status);

-- questions per topic of one programme, with their state
CREATE INDEX training_ask_report ON training_ask (programme_id, topic_id, status) INCLUDE (answered_at);

-- responses (and positive ones) per survey
CREATE INDEX training_survey_response_report ON training_survey_response (survey_id, positive);
