package vn.ntm.portal.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.shared.VietnameseText;

/** Inserts the small reference tables: categories (parents first) and tags. */
public final class CatalogWriter {

    private final JdbcClient jdbc;

    public CatalogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CategoryRef> insertCategories(List<CategoryPlan.Spec> specs) {
        Map<String, Long> ids = new HashMap<>();
        for (CategoryPlan.Spec s : specs) {
            Long parent = s.parent() == null ? null : ids.get(s.parent());
            if (s.parent() != null && parent == null) {
                throw new IllegalStateException("Parent must come before child: " + s.name());
            }
            long id = jdbc.sql("""
                            INSERT INTO category (parent_id, slug, name, description, position, in_menu, show_on_home)
                            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(parent, VietnameseText.slug(s.name()), s.name(), s.description(), s.position(),
                            s.inMenu(), s.showOnHome())
                    .query(Long.class).single();
            ids.put(s.name(), id);
        }
        List<CategoryRef> refs = new ArrayList<>(specs.size());
        for (CategoryPlan.Spec s : specs) {
            refs.add(new CategoryRef(ids.get(s.name()), s, s.related().stream().map(ids::get).toList()));
        }
        return refs;
    }

    /** Tag name → id. */
    public Map<String, Long> insertTags(List<String> names) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : names) {
            ids.put(name, jdbc.sql("INSERT INTO tag (slug, name) VALUES (?, ?) RETURNING id")
                    .params(VietnameseText.slug(name), name).query(Long.class).single());
        }
        return ids;
    }
}
