package vn.ntm.portal.news.web.admin;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** The news desk's links in the back-office menu. */
@Component
class NewsAdminMenu implements AdminMenuContributor {

    private static final Set<String> DESK = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.REPORTER);

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem("/quan-tri/bai-viet", "Bài viết", 100, DESK),
                new AdminMenuItem("/quan-tri/bai-viet/moi", "Viết bài mới", 110, DESK),
                new AdminMenuItem(CategoryAdminController.PATH, "Chuyên mục", 200, Set.of(Roles.ADMIN, Roles.EDITOR)),
                new AdminMenuItem(TagAdminController.PATH, "Từ khóa (thẻ)", 210, Set.of(Roles.ADMIN)),
                new AdminMenuItem(SourceAdminController.PATH, "Nguồn tin", 220, Set.of(Roles.ADMIN, Roles.EDITOR)),
                new AdminMenuItem(AuthorAdminController.PATH, "Tác giả, bút danh", 230, Set.of(Roles.ADMIN, Roles.EDITOR)));
    }
}
