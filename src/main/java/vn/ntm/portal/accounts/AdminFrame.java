package vn.ntm.portal.accounts;

import java.util.List;

/**
 * What the back-office layout ({@code admin/layout.jte}) shows around a screen: office name, the
 * signed-in user, the menu for their roles, the CSRF token for forms and the session timing for the
 * keep-alive bar. Get one from {@link AdminShell#frame}.
 */
public record AdminFrame(String officeName, CurrentUser user, List<AdminMenuItem> menu, String activeHref,
                         String csrfParameter, String csrfToken, long sessionSeconds, long warningSeconds) {

    public boolean active(AdminMenuItem item) {
        return item.href().equals(activeHref);
    }
}
