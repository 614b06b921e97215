package vn.ntm.portal.accounts.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** The back-office links of this module. */
@Component
class AccountsMenu implements AdminMenuContributor {

    static final String DASHBOARD = "/quan-tri";
    static final String USERS = "/quan-tri/nguoi-dung";
    static final String AUDIT = "/quan-tri/nhat-ky";
    static final String ACCOUNT = "/quan-tri/tai-khoan";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(
                new AdminMenuItem(DASHBOARD, "Bảng điều khiển", 0, Set.of()),
                new AdminMenuItem(USERS, "Người dùng", 800, Set.of(Roles.ADMIN)),
                new AdminMenuItem(AUDIT, "Nhật ký", 900, Set.of(Roles.ADMIN)),
                new AdminMenuItem(ACCOUNT, "Tài khoản của tôi", 1000, Set.of()));
    }
}
