package vn.ntm.portal.demo.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of articles with one statement per table: the columns travel as arrays and
 * {@code INSERT ... SELECT FROM unnest(...)} turns them into rows, which is far faster than a row per
 * round trip. Ids are taken from the identity sequence first so that tags, extra categories and
 * attachments can refer to them in the same way.
 */
public final class ArticleWriter {

    private static final String INSERT_ARTICLES = """
            INSERT INTO article (id, slug, title, lead, body_html, main_category_id, status, published_at, author_name,
                source_name, source_url, image_path, image_alt, image_caption, featured, view_count, rating_sum,
                rating_count, created_at, updated_at)
            SELECT id, slug, title, lead, body, cat, 'PUBLISHED', pub, author, sname, surl, img, alt, cap, feat, views,
                rsum, rcount, pub, pub
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[]::timestamptz[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::bigint[], ?::bigint[],
                ?::bigint[])
                AS t(id, slug, title, lead, body, cat, pub, author, sname, surl, img, alt, cap, feat, views, rsum, rcount)""";

    private final JdbcTemplate jdbc;

    public ArticleWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the articles and their links; call inside a transaction. */
    public void write(List<DemoArticle> articles, Map<String, Long> tagIds) {
        int n = articles.size();
        List<Long> ids = jdbc.queryForList(
                "SELECT nextval(pg_get_serial_sequence('article', 'id')) FROM generate_series(1, ?)", Long.class, n);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            insertArticles(con, articles, ids);
            List<Long> catArticle = new ArrayList<>();
            List<Long> catId = new ArrayList<>();
            List<Long> tagArticle = new ArrayList<>();
            List<Long> tagId = new ArrayList<>();
            List<Object[]> files = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                DemoArticle a = articles.get(i);
                if (a.secondaryCategoryId() != null && a.secondaryCategoryId() != a.categoryId()) {
                    catArticle.add(ids.get(i));
                    catId.add(a.secondaryCategoryId());
                }
                for (String tag : a.tags()) {
                    tagArticle.add(ids.get(i));
                    tagId.add(tagIds.get(tag));
                }
                if (a.attachment() != null) {
                    files.add(new Object[] {ids.get(i), a.attachment()});
                }
            }
            pairs(con, "INSERT INTO article_category (article_id, category_id) SELECT * FROM unnest(?::bigint[], ?::bigint[])",
                    catArticle, catId);
            pairs(con, "INSERT INTO article_tag (article_id, tag_id) SELECT * FROM unnest(?::bigint[], ?::bigint[])",
                    tagArticle, tagId);
            attachments(con, files);
            return null;
        });
    }

    private static void insertArticles(Connection con, List<DemoArticle> list, List<Long> ids) throws SQLException {
        int n = list.size();
        Object[][] cols = new Object[17][n];
        for (int i = 0; i < n; i++) {
            DemoArticle a = list.get(i);
            Object[] row = {ids.get(i), a.slug(), a.title(), a.lead(), a.bodyHtml(), a.categoryId(),
                    a.publishedAt().toString(), a.authorName(), a.sourceName(), a.sourceUrl(), a.imagePath(),
                    a.imageAlt(), a.imageCaption(), a.featured(), a.viewCount(), a.ratingSum(), a.ratingCount()};
            for (int c = 0; c < row.length; c++) {
                cols[c][i] = row[c];
            }
        }
        String[] types = {"bigint", "text", "text", "text", "text", "bigint", "text", "text", "text", "text", "text",
                "text", "text", "boolean", "bigint", "bigint", "bigint"};
        try (PreparedStatement ps = con.prepareStatement(INSERT_ARTICLES)) {
            for (int c = 0; c < cols.length; c++) {
                ps.setArray(c + 1, con.createArrayOf(types[c], cols[c]));
            }
            ps.executeUpdate();
        }
    }

    private static void pairs(Connection con, String sql, List<Long> left, List<Long> right) throws SQLException {
        if (left.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setArray(1, con.createArrayOf("bigint", left.toArray()));
            ps.setArray(2, con.createArrayOf("bigint", right.toArray()));
            ps.executeUpdate();
        }
    }

    private static void attachments(Connection con, List<Object[]> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        Object[] article = new Object[files.size()];
        Object[] name = new Object[files.size()];
        Object[] path = new Object[files.size()];
        Object[] size = new Object[files.size()];
        for (int i = 0; i < files.size(); i++) {
            DemoFile f = (DemoFile) files.get(i)[1];
            article[i] = files.get(i)[0];
            name[i] = f.displayName();
            path[i] = f.path();
            size[i] = f.sizeBytes();
        }
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO article_attachment (article_id, file_name, path, media_type, size_bytes)
                SELECT a, f, p, 'application/pdf', s FROM unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[]) AS t(a, f, p, s)""")) {
            Array[] arrays = {con.createArrayOf("bigint", article), con.createArrayOf("text", name),
                    con.createArrayOf("text", path), con.createArrayOf("bigint", size)};
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(i + 1, arrays[i]);
            }
            ps.executeUpdate();
        }
    }
}
