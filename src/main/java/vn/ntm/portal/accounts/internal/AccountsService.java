package vn.ntm.portal.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.CategoryAction;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.UserSummary;

@Service
class AccountsService implements AccountsApi {

    private final UserStore users;

    AccountsService(UserStore users) {
        this.users = users;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountUser user ? Optional.of(user.current()) : Optional.empty();
    }

    @Override
    public boolean can(long userId, long categoryId, CategoryAction action) {
        return users.find(userId).filter(UserRow::enabled)
                .map(u -> u.roles().contains(Roles.ADMIN) || users.granted(userId, categoryId, action))
                .orElse(false);
    }

    @Override
    public List<UserSummary> users(String... roleCodes) {
        Set<String> wanted = Set.of(roleCodes);
        return users.all().stream()
                .filter(UserRow::enabled)
                .filter(u -> wanted.isEmpty() || u.roles().stream().anyMatch(wanted::contains))
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), u.enabled(), u.roles()))
                .toList();
    }
}
