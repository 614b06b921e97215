package vn.ntm.portal.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.internal.RegistrationService;

/** Surveys, items and registrations written straight into the tables for the survey tests. */
final class SurveyFixtures {

    record Reg(long id, String code) {
        String display() {
            return PersonalCodes.display(code);
        }
    }

    private final JdbcClient jdbc;

    SurveyFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Reg registration(long programmeId, String category, String status) {
        String code = PersonalCodes.generate();
        long id = jdbc.sql("""
                INSERT INTO training_registration (programme_id, code, full_name, province_version, province_code, email, category,
                                                   channel_wanted, channel, status, consent_version, consent_at)
                VALUES (?, ?, ?, 2025, '01', ?, ?, 'ZOOM', 'ZOOM', ?, ?, now()) RETURNING id""")
                .params(programmeId, code, "Người thử " + code, code.toLowerCase() + "@thu.test", category, status, RegistrationService.CONSENT_VERSION)
                .query(Long.class).single();
        return new Reg(id, code);
    }

    long survey(long programmeId, boolean anonymous, String status, String scope, Long topicId) {
        return jdbc.sql("""
                INSERT INTO training_survey (programme_id, scope, topic_id, title, kirkpatrick, timing, anonymous, status)
                VALUES (?, ?, ?, ?, 1, 'POST', ?, ?) RETURNING id""")
                .params(programmeId, scope, topicId, "Đánh giá sau khóa học", anonymous, status).query(Long.class).single();
    }

    long item(long surveyId, int position, String kind, String label, List<String> options, boolean required, boolean marker) {
        return jdbc.sql("""
                INSERT INTO training_survey_item (survey_id, position, kind, label, options, required, positive_marker)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(surveyId, position, kind, label, options.toArray(String[]::new), required, marker).query(Long.class).single();
    }

    void closesAt(long surveyId, Instant at) {
        jdbc.sql("UPDATE training_survey SET closes_at = ? WHERE id = ?").params(Timestamp.from(at), surveyId).update();
    }
}
