package vn.ntm.portal.news.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes articles, their versions and edit locks for the back office. */
@Repository
class EditorialStore {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final RowMapper<EditorialArticle> ARTICLE = (rs, i) -> new EditorialArticle(
            rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
            rs.getLong("main_category_id"), ArticleStatus.valueOf(rs.getString("status")), rs.getString("author_name"),
            instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"), rs.getString("created_by"),
            rs.getString("created_by_name"), rs.getString("return_reason"), instant(rs, "scheduled_at"),
            instant(rs, "expires_at"), ExpiryAction.valueOf(rs.getString("expiry_action")), rs.getString("locked_by"),
            rs.getString("locked_by_name"), instant(rs, "locked_at"), rs.getString("source_name"), rs.getString("source_url"));

    private static final RowMapper<ArticleVersion> VERSION = (rs, i) -> new ArticleVersion(
            rs.getLong("article_id"), rs.getInt("version_no"), rs.getString("title"), rs.getString("lead"),
            rs.getString("body_html"), ArticleStatus.valueOf(rs.getString("status")), rs.getString("editor"),
            rs.getString("editor_name"), instant(rs, "created_at"), rs.getString("note"));

    private static final RowMapper<ArticleRow> ROW = (rs, i) -> {
        Timestamp updated = rs.getTimestamp("updated_at");
        Instant u = updated.toInstant();
        return new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getLong("main_category_id"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getString("created_by_name"), u,
                instant(rs, "published_at"), instant(rs, "scheduled_at"), rs.getString("locked_by_name"),
                new ArticleFilter.Cursor(ChronoUnit.MICROS.between(Instant.EPOCH, u), rs.getLong("id")));
    };

    private static final String ROW_COLUMNS = "a.id, a.title, a.main_category_id, a.status, a.created_by_name, a.updated_at,"
            + " a.published_at, a.scheduled_at, CASE WHEN a.locked_at > now() - make_interval(secs => ?) THEN a.locked_by_name END AS locked_by_name";

    private final JdbcClient jdbc;

    EditorialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArticleInput in, String slug, Actor author, Duration lockTimeout) {
        return jdbc.sql("""
                        INSERT INTO article (slug, title, lead, body_html, main_category_id, status, author_name, created_by,
                                             created_by_name, expires_at, expiry_action, locked_by, locked_by_name, locked_at,
                                             source_name, source_url)
                        VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, now(), ?, ?) RETURNING id""")
                .params(slug, in.title(), in.lead(), in.bodyHtml(), in.categoryId(), in.authorName(), author.id(), author.name(),
                        timestamp(in.expiresAt()), in.expiryAction().name(), author.id(), author.name(), in.sourceName(),
                        in.sourceUrl())
                .query(Long.class).single();
    }

    Optional<EditorialArticle> find(long id) {
        return jdbc.sql("SELECT * FROM article WHERE id = ?").param(id).query(ARTICLE).optional();
    }

    /** The article, its row locked until the transaction ends: workflow steps on one article queue up. */
    Optional<EditorialArticle> lockRow(long id) {
        return jdbc.sql("SELECT * FROM article WHERE id = ? FOR UPDATE").param(id).query(ARTICLE).optional();
    }

    void updateContent(long id, ArticleInput in, String slug) {
        jdbc.sql("""
                        UPDATE article SET title = ?, lead = ?, body_html = ?, main_category_id = ?, author_name = ?, slug = ?,
                               expires_at = ?, expiry_action = ?, source_name = ?, source_url = ?, updated_at = now() WHERE id = ?""")
                .params(in.title(), in.lead(), in.bodyHtml(), in.categoryId(), in.authorName(), slug,
                        timestamp(in.expiresAt()), in.expiryAction().name(), in.sourceName(), in.sourceUrl(), id)
                .update();
    }

    void restoreText(long id, ArticleVersion v) {
        jdbc.sql("UPDATE article SET title = ?, lead = ?, body_html = ?, updated_at = now() WHERE id = ?")
                .params(v.title(), v.lead(), v.bodyHtml(), id).update();
    }

    void updateStatus(long id, ArticleStatus status, Instant publishedAt, Instant scheduledAt, String returnReason) {
        jdbc.sql("""
                        UPDATE article SET status = ?, published_at = ?, scheduled_at = ?, return_reason = ?, updated_at = now()
                        WHERE id = ?""")
                .params(status.name(), timestamp(publishedAt), timestamp(scheduledAt), returnReason, id).update();
    }

    /** Copies the article's current text and status into a new version; call with the row locked. */
    int addVersion(long id, Actor editor, String note) {
        return jdbc.sql("""
                        INSERT INTO article_version (article_id, version_no, title, lead, body_html, status, editor, editor_name, note)
                        SELECT a.id, coalesce((SELECT max(version_no) FROM article_version WHERE article_id = a.id), 0) + 1,
                               a.title, a.lead, a.body_html, a.status, ?, ?, ?
                        FROM article a WHERE a.id = ? RETURNING version_no""")
                .params(editor.id(), editor.name(), note, id).query(Integer.class).single();
    }

    List<ArticleVersion> versions(long id) {
        return jdbc.sql("SELECT * FROM article_version WHERE article_id = ? ORDER BY version_no DESC").param(id).query(VERSION).list();
    }

    Optional<ArticleVersion> version(long id, int number) {
        return jdbc.sql("SELECT * FROM article_version WHERE article_id = ? AND version_no = ?").params(id, number)
                .query(VERSION).optional();
    }

    /** Takes the edit lock when it is free, expired or already ours; true when we hold it afterwards. */
    boolean tryLock(long id, Actor actor, Duration timeout) {
        return jdbc.sql("""
                        UPDATE article SET locked_by = ?, locked_by_name = ?, locked_at = now()
                        WHERE id = ? AND (locked_by IS NULL OR locked_by = ? OR locked_at < now() - make_interval(secs => ?))""")
                .params(actor.id(), actor.name(), id, actor.id(), timeout.toSeconds()).update() == 1;
    }

    void forceLock(long id, Actor actor) {
        jdbc.sql("UPDATE article SET locked_by = ?, locked_by_name = ?, locked_at = now() WHERE id = ?")
                .params(actor.id(), actor.name(), id).update();
    }

    void unlock(long id, Actor actor) {
        jdbc.sql("UPDATE article SET locked_by = NULL, locked_by_name = '', locked_at = NULL WHERE id = ? AND locked_by = ?")
                .params(id, actor.id()).update();
    }

    List<Long> duePublications(int limit) {
        return jdbc.sql("SELECT id FROM article WHERE status = 'SCHEDULED' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT ?")
                .param(limit).query(Long.class).list();
    }

    List<Long> dueExpiries(int limit) {
        return jdbc.sql("""
                        SELECT id FROM article WHERE status = 'PUBLISHED' AND expires_at IS NOT NULL AND expires_at <= now()
                        ORDER BY expires_at LIMIT ?""")
                .param(limit).query(Long.class).list();
    }

    /** One page of the admin list; every filter combination walks an index in list order. */
    List<ArticleRow> list(ArticleFilter f, Duration lockTimeout) {
        List<Object> params = new ArrayList<>();
        params.add(lockTimeout.toSeconds());
        StringBuilder sql = new StringBuilder("SELECT ").append(ROW_COLUMNS).append(" FROM article a WHERE true");
        where(f, sql, params);
        boolean newest = f.sort() != ArticleFilter.Sort.OLDEST;
        if (f.after() != null) {
            sql.append(newest ? " AND (a.updated_at, a.id) < (?, ?)" : " AND (a.updated_at, a.id) > (?, ?)");
            params.add(Timestamp.from(Instant.EPOCH.plus(f.after().updatedMicros(), ChronoUnit.MICROS)));
            params.add(f.after().id());
        }
        sql.append(newest ? " ORDER BY a.updated_at DESC, a.id DESC" : " ORDER BY a.updated_at, a.id").append(" LIMIT ?");
        params.add(f.limit());
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** The SQL and parameters of a list query, for EXPLAIN in tests and measurements. */
    static void where(ArticleFilter f, StringBuilder sql, List<Object> params) {
        if (f.status() != null) {
            sql.append(" AND a.status = ?");
            params.add(f.status().name());
        }
        if (f.categoryId() != null) {
            sql.append(" AND a.main_category_id = ?");
            params.add(f.categoryId());
        }
        if (f.author() != null && !f.author().isBlank()) {
            sql.append(" AND a.created_by = ?");
            params.add(f.author());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            sql.append(" AND a.title ILIKE ?");
            params.add("%" + likeEscape(f.keyword().strip()) + "%");
        }
        if (f.from() != null) {
            sql.append(" AND a.updated_at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND a.updated_at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
    }

    /** Drafts, returned articles and the like, by status, in the categories given (null: all). */
    List<ArticleRow> inStatus(Collection<ArticleStatus> statuses, String createdBy, Collection<Long> categories, int limit,
                              Duration lockTimeout) {
        List<Object> params = new ArrayList<>();
        params.add(lockTimeout.toSeconds());
        StringBuilder sql = new StringBuilder("SELECT ").append(ROW_COLUMNS).append(" FROM article a WHERE a.status = ANY(?)");
        params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
        if (createdBy != null) {
            sql.append(" AND a.created_by = ?");
            params.add(createdBy);
        }
        if (categories != null) {
            sql.append(" AND a.main_category_id = ANY(?)");
            params.add(categories.toArray(Long[]::new));
        }
        sql.append(" ORDER BY a.updated_at DESC, a.id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(VIETNAM).toInstant());
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
