package vn.ntm.portal.uploads.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** The media library's link in the back-office menu, for the news desk's roles (as the controller). */
@Component
class UploadsAdminMenu implements AdminMenuContributor {

    static final Set<String> DESK = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.REPORTER);

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(ImageAdminController.MENU_HREF, "Thư viện ảnh", 300, DESK));
    }
}
