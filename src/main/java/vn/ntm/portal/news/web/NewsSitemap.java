package vn.ntm.portal.news.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.SitemapSource;

/** Published articles and categories for sitemap.xml. */
@Component
class NewsSitemap implements SitemapSource {

    private final JdbcClient jdbc;

    NewsSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "news";
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT (SELECT count(*) FROM category) + (SELECT count(*) FROM article WHERE status = 'PUBLISHED' AND published_at <= now())")
                .query(Long.class).single();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return jdbc.sql("""
                        SELECT path, modified FROM (
                          SELECT '/chuyen-muc/' || slug AS path, NULL::timestamptz AS modified, 0 AS kind, position::bigint AS k1, id AS k2 FROM category
                          UNION ALL
                          SELECT '/tin-tuc/' || slug || '-' || id, updated_at, 1, 0, id FROM article WHERE status = 'PUBLISHED' AND published_at <= now()
                        ) u ORDER BY kind, k1, k2 OFFSET ? LIMIT ?""")
                .params(offset, limit)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
    }

}
