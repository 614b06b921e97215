package vn.ntm.portal.e2e;

import org.springframework.jdbc.core.simple.JdbcClient;

/** An open survey of the demo's 2021 series with an item of every type and three responses, for the axe checks. */
final class SurveyPages {

    record Made(long programmeId, String slug, long surveyId) {
        String publicPath() {
            return "/tap-huan/" + slug + "/khao-sat/" + surveyId;
        }

        String adminPath() {
            return "/quan-tri/tap-huan/" + programmeId + "/khao-sat/" + surveyId;
        }
    }

    private SurveyPages() {
    }

    static Made make(JdbcClient jdbc) {
        String slug = "chuoi-tap-huan-ocop-2021";
        long programme = jdbc.sql("SELECT id FROM training_programme WHERE slug = ?").param(slug).query(Long.class).single();
        Long topic = jdbc.sql("SELECT id FROM training_topic WHERE programme_id = ? ORDER BY number LIMIT 1").param(programme).query(Long.class).single();
        long survey = jdbc.sql("""
                INSERT INTO training_survey (programme_id, scope, topic_id, title, intro, kirkpatrick, timing, anonymous, status)
                VALUES (?, 'TOPIC', ?, 'Đánh giá chuyên đề (kiểm tra trợ năng)', 'Ý kiến của bạn giúp chúng tôi làm tốt hơn.', 1, 'POST', true, 'OPEN')
                RETURNING id""").params(programme, topic).query(Long.class).single();
        String[][] items = {{"RATING", "Đánh giá chung", "", "true"}, {"NPS", "Bạn có giới thiệu khóa học cho người khác?", "", "false"},
                {"SINGLE", "Kênh theo dõi", "Zoom|YouTube|Facebook", "false"}, {"MULTI", "Nội dung bổ ích", "Hồ sơ OCOP|Bao bì|Tiếp thị", "false"},
                {"NUMBER", "Số giờ tự học mỗi tuần", "", "false"}, {"TEXT", "Góp ý thêm", "", "false"}};
        long[] ids = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            ids[i] = jdbc.sql("""
                    INSERT INTO training_survey_item (survey_id, position, kind, label, options, required, positive_marker)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(survey, i + 1, items[i][0], items[i][1], items[i][2].isEmpty() ? new String[0] : items[i][2].split("\\|"), i == 0,
                            Boolean.parseBoolean(items[i][3])).query(Long.class).single();
        }
        String[] categories = {"PRODUCER", "OFFICIAL", "OFFICIAL"};
        for (int r = 0; r < 3; r++) {
            long response = jdbc.sql("INSERT INTO training_survey_response (survey_id, category, positive) VALUES (?, ?, ?) RETURNING id")
                    .params(survey, categories[r], r < 2).query(Long.class).single();
            jdbc.sql("INSERT INTO training_survey_answer (response_id, item_id, number) VALUES (?, ?, ?)").params(response, ids[0], 5 - r).update();
            jdbc.sql("INSERT INTO training_survey_answer (response_id, item_id, number) VALUES (?, ?, ?)").params(response, ids[1], 10 - 3 * r).update();
            jdbc.sql("INSERT INTO training_survey_answer (response_id, item_id, choices) VALUES (?, ?, ?)").params(response, ids[2], new Integer[] {r + 1})
                    .update();
            jdbc.sql("INSERT INTO training_survey_answer (response_id, item_id, text) VALUES (?, ?, ?)").params(response, ids[5], "Góp ý số " + (r + 1))
                    .update();
        }
        return new Made(programme, slug, survey);
    }
}
