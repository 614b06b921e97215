package vn.ntm.portal.news.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads published articles. Every list query walks a partial index on published articles. */
@Repository
public class ArticleStore {

    private static final String SUMMARY_COLUMNS = "a.id, a.slug, a.title, a.lead, a.published_at, a.image_path, a.image_alt";
    private static final String PUBLISHED = "a.status = 'PUBLISHED' AND a.published_at <= now()";

    private static final RowMapper<ArticleSummary> SUMMARY = (rs, i) -> new ArticleSummary(
            rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"),
            instant(rs, "published_at"), rs.getString("image_path"), rs.getString("image_alt"));

    private static final RowMapper<Article> ARTICLE = (rs, i) -> new Article(
            rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"),
            rs.getString("body_html"), rs.getLong("main_category_id"), instant(rs, "published_at"),
            instant(rs, "updated_at"), rs.getString("author_name"), rs.getString("source_name"),
            rs.getString("source_url"), rs.getString("image_path"), rs.getString("image_alt"),
            rs.getString("image_caption"), rs.getLong("view_count"), rs.getLong("rating_sum"),
            rs.getLong("rating_count"));

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Article> findPublished(long id) {
        return jdbc.sql("SELECT a.* FROM article a WHERE a.id = ? AND " + PUBLISHED)
                .param(id).query(ARTICLE).optional();
    }

    /** Newer articles of the same main category, oldest first (the ones right after this one). */
    public List<ArticleSummary> newer(Article a, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.main_category_id = ? AND " + PUBLISHED
                        + " AND (a.published_at, a.id) > (?, ?) ORDER BY a.published_at, a.id LIMIT ?")
                .params(a.mainCategoryId(), Timestamp.from(a.publishedAt()), a.id(), limit)
                .query(SUMMARY).list();
    }

    /** Older articles of the same main category, newest first. */
    public List<ArticleSummary> older(Article a, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.main_category_id = ? AND " + PUBLISHED
                        + " AND (a.published_at, a.id) < (?, ?) ORDER BY a.published_at DESC, a.id DESC LIMIT ?")
                .params(a.mainCategoryId(), Timestamp.from(a.publishedAt()), a.id(), limit)
                .query(SUMMARY).list();
    }

    /** Articles whose main category is one of the given ones, newest first. */
    public List<ArticleSummary> inCategories(List<Long> categoryIds, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.main_category_id = ANY(?) AND " + PUBLISHED
                        + " ORDER BY a.published_at DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(categoryIds.toArray(Long[]::new), offset, limit)
                .query(SUMMARY).list();
    }

    public long countInCategories(List<Long> categoryIds) {
        return jdbc.sql("SELECT count(*) FROM article a WHERE a.main_category_id = ANY(?) AND " + PUBLISHED)
                .param(categoryIds.toArray(Long[]::new)).query(Long.class).single();
    }

    public List<ArticleSummary> withTag(long tagId, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a JOIN article_tag t ON t.article_id = a.id"
                        + " WHERE t.tag_id = ? AND " + PUBLISHED + " ORDER BY a.published_at DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(tagId, offset, limit).query(SUMMARY).list();
    }

    public long countWithTag(long tagId) {
        return jdbc.sql("SELECT count(*) FROM article a JOIN article_tag t ON t.article_id = a.id WHERE t.tag_id = ? AND " + PUBLISHED)
                .param(tagId).query(Long.class).single();
    }

    public List<ArticleSummary> featured(int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.featured AND " + PUBLISHED
                        + " ORDER BY a.published_at DESC LIMIT ?")
                .param(limit).query(SUMMARY).list();
    }

    public List<ArticleSummary> latest(long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE " + PUBLISHED
                        + " ORDER BY a.published_at DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(offset, limit).query(SUMMARY).list();
    }

    public List<Attachment> attachments(long articleId) {
        return jdbc.sql("SELECT id, file_name, path, media_type, size_bytes FROM article_attachment WHERE article_id = ? ORDER BY id")
                .param(articleId)
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    public List<Tag> tags(long articleId) {
        return jdbc.sql("SELECT t.id, t.slug, t.name FROM tag t JOIN article_tag at ON at.tag_id = t.id WHERE at.article_id = ? ORDER BY t.name")
                .param(articleId).query((rs, i) -> new Tag(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Tag> tag(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = ?")
                .param(slug).query((rs, i) -> new Tag(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public Optional<long[]> ratingOf(long articleId) {
        return jdbc.sql("SELECT rating_sum, rating_count FROM article WHERE id = ?").param(articleId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    public long viewCount(long articleId) {
        return jdbc.sql("SELECT view_count FROM article WHERE id = ?").param(articleId).query(Long.class).optional().orElse(0L);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
