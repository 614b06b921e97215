package vn.ntm.portal.documents.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads legal documents, their types, fields, links and files. */
@Repository
public class DocumentStore {

    private static final String COLUMNS = "d.id, d.slug, d.number_symbol, d.type_id, t.name AS type_name, d.title, d.abstract,"
            + " d.issuing_body, d.signer_name, d.signer_position, d.issued_on, d.effective_on, d.expires_on, d.view_count,"
            + " d.download_count, d.published";
    private static final String FROM = " FROM legal_document d JOIN document_type t ON t.id = d.type_id";
    private static final String SELECT = "SELECT " + COLUMNS + FROM + " WHERE d.published";

    static final RowMapper<LegalDocument> ROW = (rs, i) -> row(rs, "");

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

    /** A published document. */
    public Optional<LegalDocument> find(long id) {
        return jdbc.sql(SELECT + " AND d.id = ?").param(id).query(ROW).optional();
    }

    /** A document, published or not (the back office). */
    public Optional<LegalDocument> findAny(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE d.id = ?").param(id).query(ROW).optional();
    }

    /** Published documents matching the query on {@code today}, newest first. */
    public List<LegalDocument> search(DocumentQuery q, LocalDate today, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, today, params, true);
        params.add(offset);
        params.add(limit);
        return jdbc.sql(SELECT + where + " ORDER BY d.issued_on DESC, d.id DESC OFFSET ? LIMIT ?").params(params).query(ROW).list();
    }

    public long count(DocumentQuery q, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(q, today, params, true);
        return jdbc.sql("SELECT count(*)" + FROM + " WHERE d.published" + where).params(params).query(Long.class).single();
    }

    /** Every document (published or not) matching a keyword, newest first, for the back office. */
    public List<LegalDocument> searchAll(String keyword, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(new DocumentQuery(null, null, List.of(), null, null, null, null, null, keyword), null, params, false);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE true" + where + " ORDER BY d.issued_on DESC, d.id DESC OFFSET ? LIMIT ?")
                .params(params).query(ROW).list();
    }

    public long countAll(String keyword) {
        List<Object> params = new ArrayList<>();
        String where = where(new DocumentQuery(null, null, List.of(), null, null, null, null, null, keyword), null, params, false);
        return jdbc.sql("SELECT count(*)" + FROM + " WHERE true" + where).params(params).query(Long.class).single();
    }

    /** Documents whose number/symbol is exactly {@code number} (ignoring case and surrounding spaces). */
    public List<LegalDocument> byNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE lower(d.number_symbol) = lower(?) ORDER BY d.issued_on DESC, d.id DESC LIMIT 10")
                .param(number.strip()).query(ROW).list();
    }

    private static String where(DocumentQuery q, LocalDate today, List<Object> params, boolean publicFilters) {
        StringBuilder w = new StringBuilder(keyword(q.keyword(), params));
        if (!publicFilters) {
            return w.toString();
        }
        if (q.typeId() != null) {
            w.append(" AND d.type_id = ?");
            params.add(q.typeId());
        }
        if (q.issuingBody() != null) {
            w.append(" AND d.issuing_body = ?");
            params.add(q.issuingBody());
        }
        if (q.signer() != null) {
            w.append(" AND d.signer_name = ?");
            params.add(q.signer());
        }
        if (q.fieldIds() != null && !q.fieldIds().isEmpty()) {
            w.append(" AND EXISTS (SELECT 1 FROM legal_document_field f WHERE f.document_id = d.id AND f.field_id IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(q.fieldIds().size(), "?"))).append("))");
            params.addAll(q.fieldIds());
        }
        if (q.year() != null) {
            w.append(" AND d.issued_on >= ? AND d.issued_on < ?");
            params.add(LocalDate.of(q.year(), 1, 1));
            params.add(LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.issuedFrom() != null) {
            w.append(" AND d.issued_on >= ?");
            params.add(q.issuedFrom());
        }
        if (q.issuedTo() != null) {
            w.append(" AND d.issued_on <= ?");
            params.add(q.issuedTo());
        }
        if (q.validity() != null) {
            switch (q.validity()) {
                case NOT_YET -> w.append(" AND d.effective_on > ?");
                case EXPIRED -> w.append(" AND d.expires_on <= ?");
                case IN_FORCE -> {
                    w.append(" AND (d.effective_on IS NULL OR d.effective_on <= ?) AND (d.expires_on IS NULL OR d.expires_on > ?)");
                    params.add(today);
                }
            }
            params.add(today);
        }
        return w.toString();
    }

    /**
     * Every word of {@code keyword} in {@code d.search_folded}, accent-insensitive ("nong thon moi" finds "nông thôn mới");
     * shared with the drafts' search, whose table has the same generated column.
     */
    static String keyword(String keyword, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (keyword != null && !keyword.isBlank()) {
            for (String word : keyword.strip().split("\\s+")) {
                w.append(" AND d.search_folded LIKE '%' || document_fold(?) || '%'");
                params.add(word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            }
        }
        return w.toString();
    }

    public DocumentDetail detail(LegalDocument doc) {
        String fullText = jdbc.sql("SELECT full_text FROM legal_document WHERE id = ?").param(doc.id()).query(String.class).single();
        return new DocumentDetail(doc, fullText, fieldsOf(doc.id()), links(doc.id(), true), files(doc.id()));
    }

    public List<DocumentField> fieldsOf(long documentId) {
        return jdbc.sql("""
                SELECT f.id, f.parent_id, f.name, f.slug, f.position FROM document_field f
                  JOIN legal_document_field lf ON lf.field_id = f.id WHERE lf.document_id = ? ORDER BY f.position, f.name""")
                .param(documentId)
                .query((rs, i) -> new DocumentField(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), 0, 0))
                .list();
    }

    /** The links of a document from both sides; {@code publishedOnly} hides unpublished documents at the other end. */
    public List<DocumentLink> links(long documentId, boolean publishedOnly) {
        String other = publishedOnly ? " AND o.published" : "";
        return jdbc.sql("SELECT l.id AS link_id, l.kind, l.from_id = ? AS from_side, " + columns("o")
                        + " FROM legal_document_link l JOIN legal_document o ON o.id = CASE WHEN l.from_id = ? THEN l.to_id ELSE l.from_id END"
                        + " JOIN document_type ot ON ot.id = o.type_id"
                        + " WHERE (l.from_id = ? OR l.to_id = ?)" + other + " ORDER BY l.kind, o.issued_on DESC, o.id")
                .params(documentId, documentId, documentId, documentId)
                .query((rs, i) -> new DocumentLink(rs.getLong("link_id"), LinkKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("from_side"), row(rs, "o_")))
                .list();
    }

    /** Every stored link, as edges for the link rules (a registry holds thousands, not millions). */
    public List<LinkGraph.Edge> edges() {
        return jdbc.sql("SELECT from_id, to_id, kind FROM legal_document_link")
                .query((rs, i) -> new LinkGraph.Edge(rs.getLong(1), rs.getLong(2), LinkKind.valueOf(rs.getString(3))))
                .list();
    }

    public List<DocumentFile> files(long documentId) {
        return jdbc.sql("""
                SELECT lf.document_id, lf.file_id, u.original_name, u.media_type, u.path, u.byte_size, lf.download_count
                  FROM legal_document_file lf JOIN uploaded_file u ON u.id = lf.file_id
                 WHERE lf.document_id = ? ORDER BY lf.position, lf.file_id""")
                .param(documentId)
                .query((rs, i) -> file(rs, "/van-ban"))
                .list();
    }

    public Optional<DocumentFile> file(long documentId, long fileId) {
        return jdbc.sql("""
                SELECT lf.document_id, lf.file_id, u.original_name, u.media_type, u.path, u.byte_size, lf.download_count
                  FROM legal_document_file lf JOIN uploaded_file u ON u.id = lf.file_id
                 WHERE lf.document_id = ? AND lf.file_id = ?""")
                .params(documentId, fileId)
                .query((rs, i) -> file(rs, "/van-ban"))
                .optional();
    }

    /** The stored path of an attached file, relative to the upload directory. */
    public Optional<String> filePath(long fileId) {
        return jdbc.sql("SELECT path FROM uploaded_file WHERE id = ? AND kind = 'DOCUMENT'").param(fileId).query(String.class).optional();
    }

    public void countView(long documentId) {
        jdbc.sql("UPDATE legal_document SET view_count = view_count + 1 WHERE id = ?").param(documentId).update();
    }

    public void countDownload(long documentId, long fileId) {
        jdbc.sql("UPDATE legal_document SET download_count = download_count + 1 WHERE id = ?").param(documentId).update();
        jdbc.sql("UPDATE legal_document_file SET download_count = download_count + 1 WHERE document_id = ? AND file_id = ?")
                .params(documentId, fileId).update();
    }

    public List<DocumentType> types() {
        return jdbc.sql("""
                SELECT t.id, t.code, t.name, t.position, (SELECT count(*) FROM legal_document d WHERE d.type_id = t.id)
                  FROM document_type t ORDER BY t.position, t.name""")
                .query((rs, i) -> new DocumentType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5)))
                .list();
    }

    /** The whole field tree, depth-first in order of position, each with its count of documents. */
    public List<DocumentField> fieldTree() {
        List<DocumentField> flat = jdbc.sql("""
                SELECT f.id, f.parent_id, f.name, f.slug, f.position,
                       (SELECT count(*) FROM legal_document_field lf WHERE lf.field_id = f.id)
                  FROM document_field f ORDER BY f.position, f.name""")
                .query((rs, i) -> new DocumentField(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), 0, rs.getLong(6)))
                .list();
        Map<Long, List<DocumentField>> children = new LinkedHashMap<>();
        for (DocumentField f : flat) {
            children.computeIfAbsent(f.parentId() == null ? 0L : f.parentId(), k -> new ArrayList<>()).add(f);
        }
        List<DocumentField> out = new ArrayList<>();
        walk(0L, 0, children, out);
        return out;
    }

    private static void walk(long parent, int depth, Map<Long, List<DocumentField>> children, List<DocumentField> out) {
        for (DocumentField f : children.getOrDefault(parent, List.of())) {
            out.add(new DocumentField(f.id(), f.parentId(), f.name(), f.slug(), f.position(), depth, f.documents()));
            if (depth < 20) {
                walk(f.id(), depth + 1, children, out);
            }
        }
    }

    /** A field and all the fields under it. */
    public List<Long> withDescendants(long fieldId) {
        return jdbc.sql("""
                WITH RECURSIVE sub(id) AS (SELECT id FROM document_field WHERE id = ?
                  UNION SELECT f.id FROM document_field f JOIN sub ON f.parent_id = sub.id)
                SELECT id FROM sub""").param(fieldId).query(Long.class).list();
    }

    /** Distinct issuing bodies, for the filter and the form's datalist. */
    public List<String> issuingBodies() {
        return jdbc.sql("SELECT DISTINCT issuing_body FROM legal_document WHERE issuing_body <> '' ORDER BY 1").query(String.class).list();
    }

    public List<String> signers() {
        return jdbc.sql("SELECT DISTINCT signer_name FROM legal_document WHERE signer_name <> '' ORDER BY 1").query(String.class).list();
    }

    public List<String> signerPositions() {
        return jdbc.sql("SELECT DISTINCT signer_position FROM legal_document WHERE signer_position <> '' ORDER BY 1").query(String.class).list();
    }

    /** Years in which published documents were issued, newest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT extract(year FROM issued_on)::int FROM legal_document WHERE published ORDER BY 1 DESC")
                .query(Integer.class).list();
    }

    /** The document columns of alias {@code o} (type alias {@code ot}), each named {@code o_<column>}. */
    private static String columns(String alias) {
        StringBuilder sb = new StringBuilder();
        for (String c : List.of("id", "slug", "number_symbol", "type_id", "title", "abstract", "issuing_body", "signer_name",
                "signer_position", "issued_on", "effective_on", "expires_on", "view_count", "download_count", "published")) {
            sb.append(alias).append('.').append(c).append(" AS ").append(alias).append('_').append(c).append(", ");
        }
        return sb.append(alias).append("t.name AS ").append(alias).append("_type_name").toString();
    }

    private static LegalDocument row(ResultSet rs, String prefix) throws SQLException {
        return new LegalDocument(rs.getLong(prefix + "id"), rs.getString(prefix + "slug"), rs.getString(prefix + "number_symbol"),
                rs.getLong(prefix + "type_id"), rs.getString(prefix + "type_name"), rs.getString(prefix + "title"),
                rs.getString(prefix + "abstract"), rs.getString(prefix + "issuing_body"), rs.getString(prefix + "signer_name"),
                rs.getString(prefix + "signer_position"), date(rs, prefix + "issued_on"), date(rs, prefix + "effective_on"),
                date(rs, prefix + "expires_on"), rs.getLong(prefix + "view_count"), rs.getLong(prefix + "download_count"),
                rs.getBoolean(prefix + "published"));
    }

    /** Columns: owner id, file id, original name, media type, path, byte size, download count. */
    static DocumentFile file(ResultSet rs, String base) throws SQLException {
        String path = rs.getString(5);
        String name = rs.getString(3);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        return new DocumentFile(base, rs.getLong(1), rs.getLong(2), name == null || name.isBlank() ? "tep-dinh-kem." + ext : name,
                rs.getString(4), ext, rs.getLong(6), rs.getLong(7));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
