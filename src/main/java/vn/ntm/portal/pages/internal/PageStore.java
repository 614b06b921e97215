package vn.ntm.portal.pages.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.pages.PagesApi;
import vn.ntm.portal.pages.PublishedPage;
import vn.ntm.portal.shared.SafeHtml;

/** Reads {@code static_page}; the public reads return only public pages (published, under a published parent). */
@Component
public class PageStore implements PagesApi {

    private static final String COLUMNS = """
            SELECT p.id, p.slug, p.title, p.summary, p.body_html, p.parent_id, p.position, p.published, p.version,
                   p.created_at, p.created_by, p.updated_at, p.updated_by, coalesce(pp.published, true)
              FROM static_page p LEFT JOIN static_page pp ON pp.id = p.parent_id""";
    private static final String PUBLIC = " p.published AND (p.parent_id IS NULL OR pp.published) ";
    /** Parents before children, each level by position then id. */
    private static final String TREE_ORDER = " ORDER BY coalesce(pp.position, p.position), coalesce(p.parent_id, p.id), "
            + "p.parent_id NULLS FIRST, p.position, p.id";

    private final JdbcClient jdbc;

    PageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaticPage> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE p.id = ?").param(id).query(PageStore::row).optional();
    }

    /** The page at {@code /trang/<slug>} when it is public. */
    public Optional<StaticPage> publicBySlug(String slug) {
        return jdbc.sql(COLUMNS + " WHERE p.slug = ? AND" + PUBLIC).param(slug).query(PageStore::row).optional();
    }

    /** Every page, parents first, in the tree's order (children right after their parent). */
    public List<StaticPage> all() {
        return jdbc.sql(COLUMNS + TREE_ORDER).query(PageStore::row).list();
    }

    /** The public children of a page, in order. */
    public List<StaticPage> publicChildren(long parentId) {
        return jdbc.sql(COLUMNS + " WHERE p.parent_id = ? AND" + PUBLIC + "ORDER BY p.position, p.id")
                .param(parentId).query(PageStore::row).list();
    }

    public long countPublic() {
        return jdbc.sql("SELECT count(*) FROM static_page p LEFT JOIN static_page pp ON pp.id = p.parent_id WHERE" + PUBLIC)
                .query(Long.class).single();
    }

    /** One slice of the public pages for the sitemap, in the tree's order. */
    public List<StaticPage> publicSlice(long offset, int limit) {
        return jdbc.sql(COLUMNS + " WHERE" + PUBLIC + TREE_ORDER + " OFFSET ? LIMIT ?").params(offset, limit)
                .query(PageStore::row).list();
    }

    /** Page id → number of children, for the tree screen. */
    public Map<Long, Long> childCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT parent_id, count(*) FROM static_page WHERE parent_id IS NOT NULL GROUP BY parent_id")
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public Optional<PublishedPage> published(long id) {
        return jdbc.sql(COLUMNS + " WHERE p.id = ? AND" + PUBLIC).param(id).query(PageStore::row).optional()
                .map(PageStore::toPublished);
    }

    @Override
    public List<PublishedPage> allPublished() {
        List<PublishedPage> out = new ArrayList<>();
        for (StaticPage p : jdbc.sql(COLUMNS + " WHERE" + PUBLIC + TREE_ORDER).query(PageStore::row).list()) {
            out.add(toPublished(p));
        }
        return out;
    }

    static PublishedPage toPublished(StaticPage p) {
        return new PublishedPage(p.id(), p.slug(), p.title(), p.summary(), SafeHtml.plainText(SafeHtml.sanitize(p.bodyHtml())),
                p.path(), p.updatedAt());
    }

    static StaticPage row(ResultSet rs, int i) throws SQLException {
        return new StaticPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7), rs.getBoolean(8), rs.getInt(9),
                instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13), rs.getBoolean(14));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
