package vn.ntm.portal.training.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.SitemapSource;

/** The training list, public programmes, their topics and speakers for sitemap.xml. */
@Component
class TrainingSitemap implements SitemapSource {

    private static final String PAGES = """
            SELECT '/tap-huan' AS path, NULL::timestamptz AS modified, 0 AS kind, 0::bigint AS k, 0::bigint AS k2
            UNION ALL
            SELECT '/tap-huan/' || slug, updated_at, 1, id, 0 FROM training_programme WHERE status <> 'DRAFT'
            UNION ALL
            SELECT '/tap-huan/' || p.slug || '/chuyen-de/' || t.number, p.updated_at, 2, p.id, t.number
              FROM training_topic t JOIN training_programme p ON p.id = t.programme_id WHERE p.status <> 'DRAFT'
            UNION ALL
            SELECT '/tap-huan/' || p.slug || '/bao-cao-vien/' || s.id, p.updated_at, 3, p.id, s.id
              FROM training_speaker s JOIN training_programme p ON p.id = s.programme_id WHERE p.status <> 'DRAFT'""";

    private final JdbcClient jdbc;

    TrainingSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT count(*) FROM (" + PAGES + ") u").query(Long.class).single();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return jdbc.sql("SELECT path, modified FROM (" + PAGES + ") u ORDER BY kind, k, k2 OFFSET ? LIMIT ?")
                .params(offset, limit)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
    }
}
