package vn.ntm.portal.statsadmin.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** "Thống kê truy cập" for administrators and editors; its exclusions for administrators. */
@Component
class StatsAdminMenu implements AdminMenuContributor {

    static final String REPORT = "/quan-tri/thong-ke";
    static final String EXCLUSIONS = "/quan-tri/thong-ke/loai-tru";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(REPORT, "Thống kê truy cập", 550, Set.of(Roles.ADMIN, Roles.EDITOR)),
                new AdminMenuItem(EXCLUSIONS, "Loại trừ địa chỉ khỏi thống kê", 555, Set.of(Roles.ADMIN)));
    }
}
