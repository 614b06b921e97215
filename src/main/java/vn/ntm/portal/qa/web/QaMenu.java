package vn.ntm.portal.qa.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.MenuContributor;
import vn.ntm.portal.web.MenuItem;

/** "Hỏi đáp" in the main menu, after the news categories. */
@Component
class QaMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("Hỏi đáp", FaqController.PATH, 900));
    }
}
