package vn.ntm.portal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Service;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminFrame;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.web.SiteSettings;

@Service
class AdminShellService implements AdminShell {

    private final AccountsApi accounts;
    private final List<AdminMenuContributor> contributors;
    private final SiteSettings settings;
    private final long warningSeconds;

    AdminShellService(AccountsApi accounts, List<AdminMenuContributor> contributors, SiteSettings settings,
                      @Value("${ntm.accounts.keep-alive-warning:60s}") Duration warning) {
        this.accounts = accounts;
        this.contributors = contributors;
        this.settings = settings;
        this.warningSeconds = warning.toSeconds();
    }

    @Override
    public AdminFrame frame(HttpServletRequest request, String activeHref) {
        CurrentUser user = accounts.currentUser().orElseThrow(() -> new IllegalStateException("no signed-in user"));
        List<AdminMenuItem> menu = contributors.stream()
                .flatMap(c -> c.adminMenuItems().stream())
                .filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(user::hasRole))
                .sorted(Comparator.comparingInt(AdminMenuItem::order))
                .toList();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        HttpSession session = request.getSession(false);
        long timeout = session == null ? 0 : session.getMaxInactiveInterval();
        return new AdminFrame(settings.identity().name(), user, menu, activeHref,
                token == null ? "_csrf" : token.getParameterName(), token == null ? "" : token.getToken(),
                timeout, Math.min(warningSeconds, Math.max(0, timeout - 1)));
    }
}
