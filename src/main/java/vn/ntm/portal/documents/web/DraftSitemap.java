package vn.ntm.portal.documents.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.SitemapSource;

/** The public drafts for sitemap.xml. */
@Component
class DraftSitemap implements SitemapSource {

    private static final String VISIBLE = "state IN ('PUBLISHED', 'CLOSED', 'ADOPTED')";

    private final JdbcClient jdbc;

    DraftSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "drafts";
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT count(*) + 1 FROM document_draft WHERE " + VISIBLE).query(Long.class).single();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return jdbc.sql("SELECT path, modified FROM ("
                        + " SELECT '/du-thao' AS path, NULL::timestamptz AS modified, 0 AS kind, 0::bigint AS k"
                        + " UNION ALL"
                        + " SELECT '/du-thao/' || slug || '-' || id, updated_at, 1, id FROM document_draft WHERE " + VISIBLE
                        + ") u ORDER BY kind, k OFFSET ? LIMIT ?")
                .params(offset, limit)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
    }
}
