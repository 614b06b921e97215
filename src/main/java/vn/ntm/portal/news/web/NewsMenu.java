package vn.ntm.portal.news.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.web.MenuContributor;
import vn.ntm.portal.web.MenuItem;

/** Top-level categories marked for the menu become main-menu entries. */
@Component
class NewsMenu implements MenuContributor {

    private final CategoryStore categories;

    NewsMenu(CategoryStore categories) {
        this.categories = categories;
    }

    @Override
    public List<MenuItem> menuItems() {
        return categories.all().stream()
                .filter(c -> c.inMenu() && c.parentId() == null)
                .map(c -> new MenuItem(c.name(), c.path(), 100 + c.position()))
                .toList();
    }
}
