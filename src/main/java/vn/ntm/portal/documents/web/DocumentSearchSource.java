package vn.ntm.portal.documents.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SqlSearchSource;

/**
 * Published documents of the registry for the site search (trigger {@code legal_document_search}, V20): the
 * heading ("Quyết định số 12/QĐ-UBND") with the title or abstract, the abstract, issuing body, signer and full
 * text; dated by the issue date; the document type as the type label.
 */
@Component
class DocumentSearchSource extends SqlSearchSource {

    static final String KIND = "van-ban";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SELECT = """
            SELECT d.id, d.slug, d.number_symbol, t.name AS type_name, d.title, d.abstract, d.full_text, d.issuing_body,
                   d.signer_name, d.issued_on
              FROM legal_document d JOIN document_type t ON t.id = d.type_id
             WHERE d.published""";

    DocumentSearchSource(JdbcClient jdbc) {
        super(jdbc, SELECT, "d.id");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Văn bản";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    protected SearchDocument row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        String typeName = rs.getString("type_name");
        String title = rs.getString("title");
        String abstractText = rs.getString("abstract");
        String heading = typeName + " số " + rs.getString("number_symbol") + ": " + (title.isBlank() ? abstractText : title);
        String body = String.join("\n", title.isBlank() ? "" : abstractText, rs.getString("issuing_body"),
                rs.getString("signer_name"), rs.getString("full_text")).strip();
        return new SearchDocument(KIND, id, heading, body, "/van-ban/" + rs.getString("slug") + "-" + id,
                rs.getDate("issued_on").toLocalDate().atStartOfDay(VN).toInstant(), null, null, typeName);
    }
}
