package vn.ntm.portal.accounts;

import java.util.Set;

/** The signed-in back-office user. */
public record CurrentUser(long id, String username, String displayName, Set<String> roles) {

    public boolean hasRole(String roleCode) {
        return roles.contains(roleCode);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}
