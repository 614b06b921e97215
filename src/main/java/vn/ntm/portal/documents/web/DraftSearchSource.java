package vn.ntm.portal.documents.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SqlSearchSource;

/**
 * Public drafts for comment (published, closed, adopted; not those being prepared or withdrawn) for the site
 * search (trigger {@code document_draft_search}, V20), dated by the opening of their comment window.
 */
@Component
class DraftSearchSource extends SqlSearchSource {

    static final String KIND = "du-thao";
    private static final String SELECT = """
            SELECT d.id, d.slug, d.number_symbol, t.name AS type_name, d.title, d.abstract, d.full_text, d.drafting_body,
                   d.comment_opens_at
              FROM document_draft d JOIN document_type t ON t.id = d.type_id
             WHERE d.state IN ('PUBLISHED', 'CLOSED', 'ADOPTED')""";

    DraftSearchSource(JdbcClient jdbc) {
        super(jdbc, SELECT, "d.id");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Dự thảo lấy ý kiến";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    protected SearchDocument row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        String typeName = rs.getString("type_name");
        String number = rs.getString("number_symbol");
        String heading = "Dự thảo " + typeName + (number.isBlank() ? "" : " số " + number) + ": " + rs.getString("title");
        String body = String.join("\n", rs.getString("abstract"), rs.getString("drafting_body"), rs.getString("full_text")).strip();
        return new SearchDocument(KIND, id, heading, body, "/du-thao/" + rs.getString("slug") + "-" + id,
                rs.getTimestamp("comment_opens_at").toInstant(), null, null, typeName);
    }
}
