package vn.ntm.portal.documents.web.admin;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** The documents registry's back-office links. */
@Component
class DocumentAdminMenu implements AdminMenuContributor {

    static final String DOCUMENTS = "/quan-tri/van-ban";
    static final String TYPES = "/quan-tri/loai-van-ban";
    static final String FIELDS = "/quan-tri/linh-vuc";
    static final String DRAFTS = "/quan-tri/du-thao";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(DOCUMENTS, "Văn bản ban hành", 350, Set.of(Roles.ADMIN, Roles.EDITOR)),
                new AdminMenuItem(DRAFTS, "Dự thảo lấy ý kiến", 355, Set.of(Roles.ADMIN, Roles.EDITOR)),
                new AdminMenuItem(TYPES, "Loại văn bản", 360, Set.of(Roles.ADMIN)),
                new AdminMenuItem(FIELDS, "Lĩnh vực văn bản", 370, Set.of(Roles.ADMIN)));
    }
}
