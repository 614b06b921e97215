package vn.ntm.portal.documents.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SearchSource;

/**
 * Public drafts for comment (published, closed, adopted; not those being prepared or withdrawn) for the site
 * search (trigger {@code document_draft_search}, V20), dated by the opening of their comment window.
 */
@Component
class DraftSearchSource implements SearchSource {

    static final String KIND = "du-thao";
    private static final String SELECT = """
            SELECT d.id, d.slug, d.number_symbol, t.name AS type_name, d.title, d.abstract, d.full_text, d.drafting_body,
                   d.comment_opens_at
              FROM document_draft d JOIN document_type t ON t.id = d.type_id
             WHERE d.state IN ('PUBLISHED', 'CLOSED', 'ADOPTED')""";

    private final JdbcClient jdbc;

    DraftSearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public List<SearchDocument> batch(long afterId, int limit) {
        return jdbc.sql(SELECT + " AND d.id > ? ORDER BY d.id LIMIT ?").params(afterId, limit).query(this::row).list();
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return jdbc.sql(SELECT + " AND d.id = ?").param(id).query(this::row).optional();
    }

    @Override
    public List<SearchDocument> loadAll(Collection<Long> ids) {
        return jdbc.sql(SELECT + " AND d.id = ANY(?)").param(ids.toArray(Long[]::new)).query(this::row).list();
    }

    private SearchDocument row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        String typeName = rs.getString("type_name");
        String number = rs.getString("number_symbol");
        String heading = "Dự thảo " + typeName + (number.isBlank() ? "" : " số " + number) + ": " + rs.getString("title");
        String body = String.join("\n", rs.getString("abstract"), rs.getString("drafting_body"), rs.getString("full_text")).strip();
        return new SearchDocument(KIND, id, heading, body, "/du-thao/" + rs.getString("slug") + "-" + id,
                rs.getTimestamp("comment_opens_at").toInstant(), null, null, typeName);
    }
}
