package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.training.TrainingRoles;
import vn.ntm.portal.web.MenuContributor;
import vn.ntm.portal.web.MenuItem;

/** "Tập huấn" in the main menu, and the back-office link for training managers and administrators. */
@Component
class TrainingMenu implements MenuContributor, AdminMenuContributor {

    static final String ADMIN = "/quan-tri/tap-huan";

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("Tập huấn", PublicController.LIST, 880));
    }

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(ADMIN, "Tập huấn", 370, Set.of(TrainingRoles.MANAGER, Roles.ADMIN)));
    }
}
