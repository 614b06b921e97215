package vn.ntm.portal.news.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SqlSearchSource;

/**
 * Published articles for the site search: status PUBLISHED and published by now (drafts, submitted, approved,
 * scheduled, expired and withdrawn articles are not found). The change-log trigger {@code article_search} (V20)
 * reports every change of the searched columns; the scheduler's publish and expiry steps change the status, so
 * they are reported too.
 */
@Component
class ArticleSearchSource extends SqlSearchSource {

    static final String KIND = "bai-viet";
    private static final String SELECT = """
            SELECT a.id, a.slug, a.title, a.lead, a.body_html, a.published_at, a.main_category_id, c.name AS category_name
              FROM article a JOIN category c ON c.id = a.main_category_id
             WHERE a.status = 'PUBLISHED' AND a.published_at <= now()""";

    ArticleSearchSource(JdbcClient jdbc) {
        super(jdbc, SELECT, "a.id");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Bài viết";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Category> categories() {
        return jdbc.sql("SELECT id, name FROM category ORDER BY position, name")
                .query((rs, i) -> new Category(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    protected SearchDocument row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        String lead = rs.getString("lead");
        String body = SearchDocument.plainText(rs.getString("body_html"));
        return new SearchDocument(KIND, id, rs.getString("title"), lead.isBlank() ? body : lead + "\n" + body,
                "/tin-tuc/" + rs.getString("slug") + "-" + id, rs.getTimestamp("published_at").toInstant(),
                rs.getLong("main_category_id"), rs.getString("category_name"), null);
    }
}
