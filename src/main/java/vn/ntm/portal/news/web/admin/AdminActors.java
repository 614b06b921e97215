package vn.ntm.portal.news.web.admin;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.news.editorial.Actor;

/** The signed-in back-office user as the news desk knows them; anyone else is refused. */
@Component
class AdminActors {

    private final AccountsApi accounts;

    AdminActors(AccountsApi accounts) {
        this.accounts = accounts;
    }

    Actor current() {
        return accounts.currentUser().map(u -> new Actor(String.valueOf(u.id()), u.displayName()))
                .orElseThrow(() -> new AccessDeniedException("Cần đăng nhập"));
    }
}
