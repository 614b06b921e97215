package vn.ntm.portal.qa.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.SitemapSource;

/** The FAQ and its published questions for sitemap.xml. */
@Component
class QaSitemap implements SitemapSource {

    private final JdbcClient jdbc;

    QaSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "qa";
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT count(*) + 1 FROM qa_question WHERE published").query(Long.class).single();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return jdbc.sql("""
                        SELECT path, modified FROM (
                          SELECT '/hoi-dap' AS path, NULL::timestamptz AS modified, 0 AS kind, 0::bigint AS k
                          UNION ALL
                          SELECT '/hoi-dap/' || slug || '-' || id, updated_at, 1, id FROM qa_question WHERE published
                        ) u ORDER BY kind, k OFFSET ? LIMIT ?""")
                .params(offset, limit)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
    }
}
