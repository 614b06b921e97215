package vn.ntm.portal.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ntm.portal.accounts.Roles;

/**
 * Sends a signed-in user to the step they still owe before any other back-office screen: a new
 * password after the first sign-in or a reset by an administrator, and two-step enrolment for
 * administrators when {@code ntm.accounts.totp-required-for-admins} is on. Part of the back-office
 * chain only, so deliberately not a bean (Boot would register it for every request).
 */
public class RequiredStepsFilter extends OncePerRequestFilter {

    public static final String CHANGE_PASSWORD = "/quan-tri/doi-mat-khau";
    public static final String TWO_STEP = "/quan-tri/tai-khoan/xac-thuc-hai-buoc";

    private final boolean totpRequiredForAdmins;

    RequiredStepsFilter(boolean totpRequiredForAdmins) {
        this.totpRequiredForAdmins = totpRequiredForAdmins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof AccountUser user && path.startsWith("/quan-tri")
                && !path.startsWith("/quan-tri/phien/")) {
            String step = null;
            if (user.mustChangePassword()) {
                step = CHANGE_PASSWORD;
            } else if (totpRequiredForAdmins && user.roles().contains(Roles.ADMIN) && !user.totpEnabled()) {
                step = TWO_STEP;
            }
            if (step != null && !path.equals(step)) {
                response.sendRedirect(request.getContextPath() + step);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
