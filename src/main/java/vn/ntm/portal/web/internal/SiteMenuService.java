package vn.ntm.portal.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ntm.portal.web.MenuContributor;
import vn.ntm.portal.web.MenuItem;
import vn.ntm.portal.web.SiteMenu;
import vn.ntm.portal.web.SiteMenuItem;

/**
 * Reads the hand-made menu entries and merges them with the contributed ones. At equal order a contributed
 * entry comes first, so "just after category X" is simply X's order.
 */
@Service
class SiteMenuService implements SiteMenu {

    private final List<MenuContributor> contributors;
    private final JdbcClient jdbc;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    SiteMenuService(List<MenuContributor> contributors, JdbcClient jdbc) {
        this.contributors = contributors;
        this.jdbc = jdbc;
    }

    /** Runs {@code listener} on every {@link #changed()} (the layout drops its cached frame). */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public List<MenuItem> contributed() {
        return contributors.stream().flatMap(c -> c.menuItems().stream())
                .sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    @Override
    public List<SiteMenuItem> handMade() {
        return jdbc.sql("""
                SELECT id, label, href, parent_id, position, enabled, new_tab FROM site_menu_item
                 ORDER BY coalesce(parent_id, id), parent_id NULLS FIRST, position, id""")
                .query((rs, i) -> new SiteMenuItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7)))
                .list();
    }

    @Override
    public List<MenuItem> merged() {
        List<SiteMenuItem> rows = handMade();
        List<Ranked> all = new ArrayList<>();
        contributed().forEach(m -> all.add(new Ranked(m, 0)));
        for (SiteMenuItem top : rows) {
            if (top.parentId() != null || !top.enabled()) {
                continue;
            }
            List<MenuItem> children = rows.stream()
                    .filter(c -> c.enabled() && top.id() == (c.parentId() == null ? -1 : c.parentId()))
                    .sorted(Comparator.comparingInt(SiteMenuItem::position).thenComparingLong(SiteMenuItem::id))
                    .map(c -> new MenuItem(c.label(), c.href(), c.position(), List.of(), c.newTab()))
                    .toList();
            all.add(new Ranked(new MenuItem(top.label(), top.href(), top.position(), children, top.newTab()), 1));
        }
        // a stable sort: hand-made entries of equal position keep the (position, id) order read above
        all.sort(Comparator.comparingInt((Ranked r) -> r.item().order()).thenComparingInt(Ranked::rank));
        return all.stream().map(Ranked::item).toList();
    }

    @Override
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    private record Ranked(MenuItem item, int rank) {
    }
}
