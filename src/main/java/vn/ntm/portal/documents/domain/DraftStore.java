package vn.ntm.portal.documents.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads drafts for public comment, their fields, files and comments. */
@Repository
public class DraftStore {

    private static final String COLUMNS = "d.id, d.slug, d.number_symbol, d.type_id, t.name AS type_name, d.title, d.abstract,"
            + " d.drafting_body, d.examining_body, d.comment_opens_at, d.comment_closes_at, d.state, d.adopted_document_id,"
            + " ad.slug AS ad_slug, adt.name AS ad_type, ad.number_symbol AS ad_number,"
            + " (SELECT count(*) FROM document_draft_comment c WHERE c.draft_id = d.id AND c.status = 'PUBLISHED') AS published_comments";
    private static final String FROM = " FROM document_draft d JOIN document_type t ON t.id = d.type_id"
            + " LEFT JOIN legal_document ad ON ad.id = d.adopted_document_id AND ad.published"
            + " LEFT JOIN document_type adt ON adt.id = ad.type_id";
    private static final String VISIBLE = " WHERE d.state IN " + DraftState.VISIBLE_SQL;

    private static final RowMapper<DocumentDraft> ROW = (rs, i) -> new DocumentDraft(rs.getLong("id"), rs.getString("slug"),
            rs.getString("number_symbol"), rs.getLong("type_id"), rs.getString("type_name"), rs.getString("title"),
            rs.getString("abstract"), rs.getString("drafting_body"), rs.getString("examining_body"),
            new CommentWindow(instant(rs, "comment_opens_at"), instant(rs, "comment_closes_at")),
            DraftState.valueOf(rs.getString("state")), (Long) rs.getObject("adopted_document_id"),
            rs.getString("ad_slug") == null ? null : rs.getString("ad_type") + " số " + rs.getString("ad_number"),
            rs.getString("ad_slug") == null ? null : "/van-ban/" + rs.getString("ad_slug") + "-" + rs.getLong("adopted_document_id"),
            rs.getLong("published_comments"));

    private static final String COMMENT_COLUMNS = "c.id, c.draft_id, c.author_name, c.email, c.phone, c.organisation, c.content,"
            + " c.attachment_file_id, u.original_name AS attachment_name, c.status, c.reject_reason,"
            + " c.created_at, c.moderated_at, c.moderated_by, c.consent_at, c.consent_version";
    private static final RowMapper<DraftComment> COMMENT = (rs, i) -> new DraftComment(rs.getLong("id"), rs.getLong("draft_id"),
            rs.getString("author_name"), rs.getString("email"), rs.getString("phone"), rs.getString("organisation"),
            rs.getString("content"), (Long) rs.getObject("attachment_file_id"),
            rs.getObject("attachment_file_id") == null ? null
                    : "/quan-tri/du-thao/" + rs.getLong("draft_id") + "/y-kien/" + rs.getLong("id") + "/tep",
            rs.getString("attachment_name"), DraftComment.Status.valueOf(rs.getString("status")), rs.getString("reject_reason"),
            instant(rs, "created_at"), instant(rs, "moderated_at"), rs.getString("moderated_by"), instant(rs, "consent_at"),
            rs.getString("consent_version"));

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft shown on the public site. */
    public Optional<DocumentDraft> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + VISIBLE + " AND d.id = ?").param(id).query(ROW).optional();
    }

    /** A draft in any state (the back office). */
    public Optional<DocumentDraft> findAny(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE d.id = ?").param(id).query(ROW).optional();
    }

    /** Public drafts in {@code phase} (null: any) matching a keyword, those opening last first. */
    public List<DocumentDraft> search(String keyword, CommentPhase phase, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(keyword, phase, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + FROM + VISIBLE + where + " ORDER BY d.comment_opens_at DESC, d.id DESC OFFSET ? LIMIT ?")
                .params(params).query(ROW).list();
    }

    public long count(String keyword, CommentPhase phase) {
        List<Object> params = new ArrayList<>();
        String where = where(keyword, phase, params);
        return jdbc.sql("SELECT count(*) FROM document_draft d" + VISIBLE + where).params(params).query(Long.class).single();
    }

    /** Every draft, any state, matching a keyword (back office), last changed first. */
    public List<DocumentDraft> searchAll(String keyword, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(keyword, null, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE true" + where + " ORDER BY d.updated_at DESC, d.id DESC OFFSET ? LIMIT ?")
                .params(params).query(ROW).list();
    }

    public long countAll(String keyword) {
        List<Object> params = new ArrayList<>();
        String where = where(keyword, null, params);
        return jdbc.sql("SELECT count(*) FROM document_draft d WHERE true" + where).params(params).query(Long.class).single();
    }

    /** The keyword the registry's way (every word, accent-insensitive) and the phase computed from the window now. */
    private static String where(String keyword, CommentPhase phase, List<Object> params) {
        StringBuilder w = new StringBuilder(DocumentStore.keyword(keyword, params));
        if (phase != null) {
            w.append(switch (phase) {
                case NOT_YET -> " AND d.state = 'PUBLISHED' AND now() < d.comment_opens_at";
                case OPEN -> " AND d.state = 'PUBLISHED' AND now() >= d.comment_opens_at AND now() < d.comment_closes_at";
                case ENDED -> " AND (d.state <> 'PUBLISHED' OR now() >= d.comment_closes_at)";
            });
        }
        return w.toString();
    }

    public String fullText(long id) {
        return jdbc.sql("SELECT full_text FROM document_draft WHERE id = ?").param(id).query(String.class).single();
    }

    public List<DocumentField> fieldsOf(long draftId) {
        return jdbc.sql("""
                SELECT f.id, f.parent_id, f.name, f.slug, f.position FROM document_field f
                  JOIN document_draft_field df ON df.field_id = f.id WHERE df.draft_id = ? ORDER BY f.position, f.name""")
                .param(draftId)
                .query((rs, i) -> new DocumentField(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), 0, 0))
                .list();
    }

    public List<DocumentFile> files(long draftId) {
        return jdbc.sql("""
                SELECT df.draft_id, df.file_id, u.original_name, u.media_type, u.path, u.byte_size, df.download_count
                  FROM document_draft_file df JOIN uploaded_file u ON u.id = df.file_id
                 WHERE df.draft_id = ? ORDER BY df.position, df.file_id""")
                .param(draftId).query((rs, i) -> DocumentStore.file(rs, "/du-thao")).list();
    }

    public Optional<DocumentFile> file(long draftId, long fileId) {
        return jdbc.sql("""
                SELECT df.draft_id, df.file_id, u.original_name, u.media_type, u.path, u.byte_size, df.download_count
                  FROM document_draft_file df JOIN uploaded_file u ON u.id = df.file_id
                 WHERE df.draft_id = ? AND df.file_id = ?""")
                .params(draftId, fileId).query((rs, i) -> DocumentStore.file(rs, "/du-thao")).optional();
    }

    public void countDownload(long draftId, long fileId) {
        jdbc.sql("UPDATE document_draft_file SET download_count = download_count + 1 WHERE draft_id = ? AND file_id = ?")
                .params(draftId, fileId).update();
    }

    /** Published comments, oldest first (the public page). */
    public List<DraftComment> publishedComments(long draftId) {
        return comments(draftId, DraftComment.Status.PUBLISHED);
    }

    /** Comments of a draft with a status (null: all), oldest first. */
    public List<DraftComment> comments(long draftId, DraftComment.Status status) {
        String filter = status == null ? "" : " AND c.status = '" + status.name() + "'";
        return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM document_draft_comment c LEFT JOIN uploaded_file u ON u.id = c.attachment_file_id"
                        + " WHERE c.draft_id = ?" + filter + " ORDER BY c.created_at, c.id")
                .param(draftId).query(COMMENT).list();
    }

    public Optional<DraftComment> comment(long draftId, long commentId) {
        return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM document_draft_comment c LEFT JOIN uploaded_file u ON u.id = c.attachment_file_id"
                        + " WHERE c.draft_id = ? AND c.id = ?")
                .params(draftId, commentId).query(COMMENT).optional();
    }

    /** Comments per status for a draft. */
    public java.util.Map<DraftComment.Status, Long> commentCounts(long draftId) {
        java.util.Map<DraftComment.Status, Long> m = new java.util.EnumMap<>(DraftComment.Status.class);
        for (DraftComment.Status s : DraftComment.Status.values()) {
            m.put(s, 0L);
        }
        jdbc.sql("SELECT status, count(*) FROM document_draft_comment WHERE draft_id = ? GROUP BY status").param(draftId)
                .query((rs, i) -> m.put(DraftComment.Status.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return m;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
