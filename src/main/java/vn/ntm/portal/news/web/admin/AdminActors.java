package vn.ntm.portal.news.web.admin;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.ntm.portal.news.editorial.Actor;

/** The signed-in user as the news desk knows them; anyone else is refused. */
final class AdminActors {

    private AdminActors() {
    }

    static Actor of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Cần đăng nhập");
        }
        return new Actor(auth.getName(), auth.getName());
    }
}
