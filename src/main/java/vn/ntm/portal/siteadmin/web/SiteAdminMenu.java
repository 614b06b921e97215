package vn.ntm.portal.siteadmin.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** Links to the site's own settings, for administrators. */
@Component
class SiteAdminMenu implements AdminMenuContributor {

    static final String SETTINGS = "/quan-tri/cau-hinh";
    static final String SIDEBAR = "/quan-tri/khoi-ben";
    static final String MENU = "/quan-tri/trinh-don";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(SETTINGS, "Cấu hình trang", 600, Set.of(Roles.ADMIN)),
                new AdminMenuItem(SIDEBAR, "Khối bên", 610, Set.of(Roles.ADMIN)),
                new AdminMenuItem(MENU, "Trình đơn", 620, Set.of(Roles.ADMIN)));
    }
}
