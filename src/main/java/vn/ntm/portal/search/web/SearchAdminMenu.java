package vn.ntm.portal.search.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** "Tìm kiếm" in the back-office menu, for administrators. */
@Component
class SearchAdminMenu implements AdminMenuContributor {

    static final String PATH = "/quan-tri/tim-kiem";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(PATH, "Chỉ mục tìm kiếm", 900, Set.of(Roles.ADMIN)));
    }
}
