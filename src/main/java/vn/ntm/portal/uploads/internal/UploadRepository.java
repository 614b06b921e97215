package vn.ntm.portal.uploads.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The index of stored files. */
@Repository
class UploadRepository {

    private static final String COLUMNS = "id, kind, sha256, path, media_type, byte_size, original_bytes, width, height, "
            + "alt, original_name, uploaded_by, created_at";

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row unless this content is already recorded; returns the new id, or empty when it was. */
    Optional<Long> insert(UploadRow r) {
        return jdbc.sql("""
                INSERT INTO uploaded_file (kind, sha256, path, media_type, byte_size, original_bytes, width, height,
                                           alt, original_name, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, sha256) DO NOTHING RETURNING id""")
                .params(r.kind(), r.sha256(), r.path(), r.mediaType(), r.byteSize(), r.originalBytes(), r.width(),
                        r.height(), r.alt(), r.originalName(), r.uploadedBy())
                .query(Long.class).optional();
    }

    Optional<UploadRow> bySha(String kind, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploaded_file WHERE kind = ? AND sha256 = ?")
                .params(kind, sha256).query(UploadRepository::row).optional();
    }

    Optional<UploadRow> byId(String kind, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploaded_file WHERE kind = ? AND id = ?")
                .params(kind, id).query(UploadRepository::row).optional();
    }

    List<UploadRow> page(String kind, String query, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploaded_file WHERE kind = :kind" + filter(query)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("kind", kind).param("q", like(query)).param("limit", limit).param("offset", offset)
                .query(UploadRepository::row).list();
    }

    long count(String kind, String query) {
        return jdbc.sql("SELECT count(*) FROM uploaded_file WHERE kind = :kind" + filter(query))
                .param("kind", kind).param("q", like(query)).query(Long.class).single();
    }

    private static String filter(String query) {
        return query.isBlank() ? " AND :q = ''" : " AND (alt ILIKE :q ESCAPE '\\' OR original_name ILIKE :q ESCAPE '\\')";
    }

    private static String like(String query) {
        return query.isBlank() ? "" : "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static UploadRow row(ResultSet rs, int n) throws SQLException {
        return new UploadRow(rs.getLong("id"), rs.getString("kind"), rs.getString("sha256"), rs.getString("path"),
                rs.getString("media_type"), rs.getLong("byte_size"), rs.getLong("original_bytes"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), rs.getString("alt"),
                rs.getString("original_name"), rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant());
    }
}
