package vn.ntm.portal.documents.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads published legal documents. */
@Repository
public class DocumentStore {

    private static final String SELECT = "SELECT d.id, d.slug, d.number_symbol, t.name AS type_name, d.title, d.abstract,"
            + " d.issuing_body, d.signer_name, d.signer_position, d.issued_on, d.effective_on, d.expires_on, d.view_count"
            + " FROM legal_document d JOIN document_type t ON t.id = d.type_id WHERE d.published";

    private static final RowMapper<LegalDocument> ROW = (rs, i) -> new LegalDocument(
            rs.getLong("id"), rs.getString("slug"), rs.getString("number_symbol"), rs.getString("type_name"),
            rs.getString("title"), rs.getString("abstract"), rs.getString("issuing_body"), rs.getString("signer_name"),
            rs.getString("signer_position"), date(rs, "issued_on"), date(rs, "effective_on"), date(rs, "expires_on"),
            rs.getLong("view_count"));

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LegalDocument> latest(long offset, int limit) {
        return jdbc.sql(SELECT + " ORDER BY d.issued_on DESC, d.id DESC OFFSET ? LIMIT ?").params(offset, limit).query(ROW).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM legal_document WHERE published").query(Long.class).single();
    }

    public Optional<LegalDocument> find(long id) {
        return jdbc.sql(SELECT + " AND d.id = ?").param(id).query(ROW).optional();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
