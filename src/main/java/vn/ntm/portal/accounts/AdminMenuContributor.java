package vn.ntm.portal.accounts;

import java.util.List;

/** A module's links in the back-office menu, as a Spring bean. */
public interface AdminMenuContributor {

    List<AdminMenuItem> adminMenuItems();
}
