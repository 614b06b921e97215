package vn.ntm.portal.documents.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.MenuContributor;
import vn.ntm.portal.web.MenuItem;

/** "Dự thảo văn bản" in the main menu, just before "Hỏi đáp". */
@Component
class DraftMenu implements MenuContributor {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("Dự thảo văn bản", DraftController.PATH, 890));
    }
}
