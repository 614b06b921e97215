package vn.ntm.portal.pages.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** "Trang thông tin" in the back-office menu, for editors and administrators. */
@Component
class PageAdminMenu implements AdminMenuContributor {

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(PageAdminController.PATH, "Trang thông tin", 240, Set.of(Roles.ADMIN, Roles.EDITOR)));
    }
}
