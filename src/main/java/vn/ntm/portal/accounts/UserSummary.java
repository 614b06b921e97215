package vn.ntm.portal.accounts;

import java.util.Set;

/** A back-office user as other modules see one, e.g. to assign an article. */
public record UserSummary(long id, String username, String displayName, boolean enabled, Set<String> roles) {
}
