package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.internal.PasswordPolicy;
import vn.ntm.portal.accounts.internal.PasswordResets;
import vn.ntm.portal.accounts.internal.SignInGuard;
import vn.ntm.portal.accounts.internal.UserRow;
import vn.ntm.portal.accounts.internal.UserSessions;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.SiteSettings;

/** "Quên mật khẩu": ask for a link by e-mail, then set a new password through it. */
@Controller
class PasswordResetController {

    static final String SENT = "Nếu địa chỉ e-mail có trong hệ thống, chúng tôi đã gửi một liên kết đặt lại mật khẩu. "
            + "Liên kết có hiệu lực trong 30 phút.";
    static final String INVALID = "Liên kết không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.";

    private final PasswordResets resets;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final SignInGuard guard;
    private final AuditApi audit;
    private final SiteSettings settings;
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(15), Clock.systemUTC());

    PasswordResetController(PasswordResets resets, UserStore users, PasswordEncoder encoder, UserSessions sessions,
                            SignInGuard guard, AuditApi audit, SiteSettings settings) {
        this.resets = resets;
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
        this.settings = settings;
    }

    @GetMapping("/quen-mat-khau")
    String requestForm(CsrfToken csrf, Model model) {
        return page(model, csrf, null, null, null);
    }

    @PostMapping("/quen-mat-khau")
    String request(@RequestParam String email, HttpServletRequest request, CsrfToken csrf, Model model) {
        if (limiter.tryAcquire(request.getRemoteAddr())) {
            resets.request(email, settings.identity().name());
        }
        return page(model, csrf, null, null, SENT);
    }

    @GetMapping("/quen-mat-khau/{token}")
    String resetForm(@PathVariable String token, CsrfToken csrf, Model model) {
        return resets.userOf(token).isPresent() ? page(model, csrf, token, null, null) : page(model, csrf, null, INVALID, null);
    }

    @PostMapping("/quen-mat-khau/{token}")
    String reset(@PathVariable String token, @RequestParam String password, @RequestParam String confirm, CsrfToken csrf, Model model) {
        Optional<UserRow> user = resets.userOf(token);
        if (user.isEmpty()) {
            return page(model, csrf, null, INVALID, null);
        }
        Optional<String> refused = password.equals(confirm) ? PasswordPolicy.check(password, user.get().username())
                : Optional.of("Mật khẩu nhập lại không khớp.");
        if (refused.isPresent()) {
            return page(model, csrf, token, refused.get(), null);
        }
        if (!resets.consume(token)) {
            return page(model, csrf, null, INVALID, null);
        }
        users.setPassword(user.get().id(), encoder.encode(password), false);
        sessions.endAll(user.get().username(), null);
        guard.unlock(user.get().username());
        audit.record("user.password-reset-by-mail", "user", String.valueOf(user.get().id()), null, null);
        return "redirect:/dang-nhap?mat-khau-moi";
    }

    private String page(Model model, CsrfToken csrf, String token, String error, String notice) {
        model.addAttribute("officeName", settings.identity().name());
        model.addAttribute("csrfParameter", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "accounts/password-reset";
    }
}
