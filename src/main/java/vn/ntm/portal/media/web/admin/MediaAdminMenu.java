package vn.ntm.portal.media.web.admin;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;

/** The media module's back-office links, for administrators. */
@Component
class MediaAdminMenu implements AdminMenuContributor {

    static final String LINKS = "/quan-tri/lien-ket";
    static final String MEDIA = "/quan-tri/media";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(LINKS, "Liên kết, banner", 400, Set.of(Roles.ADMIN)),
                new AdminMenuItem(MEDIA, "Bài hát, video", 410, Set.of(Roles.ADMIN)));
    }
}
