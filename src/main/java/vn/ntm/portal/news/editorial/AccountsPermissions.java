package vn.ntm.portal.news.editorial;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.CategoryAction;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.news.domain.CategoryStore;

/**
 * Editorial capabilities from the accounts module's per-category permissions: writing is "create",
 * reviewing is "approve", publishing is "publish". Administrators may do everything everywhere.
 * Actor ids are account ids; anything else (the scheduler) holds no capability here.
 */
@Component
class AccountsPermissions implements EditorialPermissions {

    private final AccountsApi accounts;
    private final CategoryStore categories;

    AccountsPermissions(AccountsApi accounts, CategoryStore categories) {
        this.accounts = accounts;
        this.categories = categories;
    }

    @Override
    public boolean can(String userId, long categoryId, Capability capability) {
        Long id = accountId(userId);
        return id != null && accounts.can(id, categoryId, action(capability));
    }

    @Override
    public boolean isAdministrator(String userId) {
        Long id = accountId(userId);
        return id != null && accounts.users(Roles.ADMIN).stream().anyMatch(u -> u.id() == id);
    }

    @Override
    public Set<Long> categoriesWith(String userId, Capability capability) {
        return categories.all().stream().filter(c -> can(userId, c.id(), capability)).map(c -> c.id()).collect(Collectors.toSet());
    }

    static CategoryAction action(Capability capability) {
        return switch (capability) {
            case WRITE -> CategoryAction.CREATE;
            case REVIEW -> CategoryAction.APPROVE;
            case PUBLISH -> CategoryAction.PUBLISH;
        };
    }

    private static Long accountId(String userId) {
        try {
            return Long.valueOf(userId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
