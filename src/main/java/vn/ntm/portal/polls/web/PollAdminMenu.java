package vn.ntm.portal.polls.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** "Thăm dò ý kiến" in the back-office menu, for editors and administrators. */
@Component
class PollAdminMenu implements AdminMenuContributor {

    static final String PATH = "/quan-tri/tham-do";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(PATH, "Thăm dò ý kiến", 375, Set.of(Roles.ADMIN, Roles.EDITOR)));
    }
}
