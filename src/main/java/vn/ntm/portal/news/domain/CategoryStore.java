package vn.ntm.portal.news.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category tree, small enough to keep whole in memory; refreshed every few seconds. */
@Repository
public class CategoryStore {

    private final LoadingCache<String, List<Category>> all;

    CategoryStore(JdbcClient jdbc) {
        this.all = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(5)).build(k -> jdbc.sql(
                        "SELECT id, parent_id, slug, name, description, position, in_menu, show_on_home FROM category ORDER BY position, id")
                .query((rs, i) -> new Category(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getBoolean(7), rs.getBoolean(8)))
                .list());
    }

    /** Forgets the cached tree, e.g. after an edit on this node; other nodes follow within 5 s. */
    public void invalidate() {
        all.invalidateAll();
    }

    public List<Category> all() {
        return all.get("all");
    }

    public Optional<Category> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Category> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    public List<Category> children(long parentId) {
        return all().stream().filter(c -> c.parentId() != null && c.parentId() == parentId).toList();
    }

    /** The category and all its descendants' ids, for listing a parent category. */
    public List<Long> withDescendants(long id) {
        List<Long> ids = new ArrayList<>();
        collect(id, ids);
        return ids;
    }

    /** Path from the root to the category, for breadcrumbs. */
    public List<Category> ancestry(Category category) {
        List<Category> chain = new ArrayList<>();
        Category current = category;
        while (current != null && chain.size() < 10) {
            chain.add(0, current);
            current = current.parentId() == null ? null : byId(current.parentId()).orElse(null);
        }
        return chain;
    }

    private void collect(long id, List<Long> ids) {
        if (ids.contains(id) || ids.size() > 1000) {
            return;
        }
        ids.add(id);
        children(id).forEach(c -> collect(c.id(), ids));
    }
}
