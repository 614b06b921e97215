package vn.ntm.portal.accounts;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of accounts. */
public interface AccountsApi {

    /** The signed-in user of the current request, if any. */
    Optional<CurrentUser> currentUser();

    /**
     * Whether the user may do the action in the category: administrators may do everything, a
     * disabled or unknown user nothing, others what their row in {@code category_permission} grants.
     */
    boolean can(long userId, long categoryId, CategoryAction action);

    /** Enabled users holding any of the roles (all enabled users when none given), by display name. */
    List<UserSummary> users(String... roleCodes);
}
