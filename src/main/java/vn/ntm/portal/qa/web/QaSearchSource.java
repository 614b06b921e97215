package vn.ntm.portal.qa.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SqlSearchSource;

/**
 * Published answers for the site search (trigger {@code qa_question_search}, V20): the question's title, the
 * question and the approved answer, never the asker's name or contact, dated by the answer; the topic as type.
 */
@Component
class QaSearchSource extends SqlSearchSource {

    static final String KIND = "hoi-dap";
    private static final String SELECT = """
            SELECT q.id, q.slug, q.title, q.content, q.answer, q.answered_at, q.updated_at, t.name AS topic_name
              FROM qa_question q JOIN qa_topic t ON t.id = q.topic_id
             WHERE q.published AND q.answer IS NOT NULL""";

    QaSearchSource(JdbcClient jdbc) {
        super(jdbc, SELECT, "q.id");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Hỏi đáp";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    protected SearchDocument row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        java.sql.Timestamp answered = rs.getTimestamp("answered_at");
        return new SearchDocument(KIND, id, rs.getString("title"), rs.getString("content") + "\n" + rs.getString("answer"),
                FaqController.PATH + "/" + rs.getString("slug") + "-" + id,
                (answered != null ? answered : rs.getTimestamp("updated_at")).toInstant(), null, null, rs.getString("topic_name"));
    }
}
