package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.internal.AccountUser;
import vn.ntm.portal.accounts.internal.PasswordPolicy;
import vn.ntm.portal.accounts.internal.RequiredStepsFilter;
import vn.ntm.portal.accounts.internal.Totp;
import vn.ntm.portal.accounts.internal.UserRow;
import vn.ntm.portal.accounts.internal.UserSessions;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.QrCode;

/** The signed-in user's own account: password, two-step verification, signing out everywhere. */
@Controller
class OwnAccountController {

    static final String QR_LABEL = "Mã QR để thêm tài khoản vào ứng dụng xác thực";
    private static final String PENDING_SECRET = OwnAccountController.class.getName() + ".totp";

    private final AdminShell shell;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final AuditApi audit;

    OwnAccountController(AdminShell shell, UserStore users, PasswordEncoder encoder, UserSessions sessions, AuditApi audit) {
        this.shell = shell;
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    @GetMapping(RequiredStepsFilter.CHANGE_PASSWORD)
    String changePasswordForm(HttpServletRequest request, Model model) {
        return changePasswordPage(request, model, null);
    }

    @PostMapping(RequiredStepsFilter.CHANGE_PASSWORD)
    String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountUser me = SignedInUser.get();
        UserRow row = users.find(me.id()).orElseThrow();
        if (!encoder.matches(current, row.passwordHash())) {
            return changePasswordPage(request, model, "Mật khẩu hiện tại không đúng.");
        }
        if (!password.equals(confirm)) {
            return changePasswordPage(request, model, "Mật khẩu nhập lại không khớp.");
        }
        Optional<String> refused = PasswordPolicy.check(password, me.getUsername());
        if (refused.isEmpty() && encoder.matches(password, row.passwordHash())) {
            refused = Optional.of("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        if (refused.isPresent()) {
            return changePasswordPage(request, model, refused.get());
        }
        users.setPassword(me.id(), encoder.encode(password), false);
        // other sessions were opened with the old password
        sessions.endAll(me.getUsername(), request.getSession().getId());
        SignedInUser.replace(me.withPasswordChanged(), request, response);
        audit.record("user.password-changed", "user", String.valueOf(me.id()), null, null);
        return "redirect:" + AccountsMenu.ACCOUNT + "?ok=mat-khau";
    }

    private String changePasswordPage(HttpServletRequest request, Model model, String error) {
        model.addAttribute("frame", shell.frame(request, AccountsMenu.ACCOUNT));
        model.addAttribute("error", error);
        model.addAttribute("forced", SignedInUser.get().mustChangePassword());
        return "accounts/change-password";
    }

    @GetMapping(AccountsMenu.ACCOUNT)
    String account(@RequestParam(required = false) String ok, HttpServletRequest request, Model model) {
        AccountUser me = SignedInUser.get();
        model.addAttribute("frame", shell.frame(request, AccountsMenu.ACCOUNT));
        model.addAttribute("user", users.find(me.id()).orElseThrow());
        model.addAttribute("sessions", sessions.count(me.getUsername()));
        model.addAttribute("notice", ok == null ? null : NOTICES.get(ok));
        return "accounts/account";
    }

    private static final Map<String, String> NOTICES = Map.of(
            "mat-khau", "Đã đổi mật khẩu.",
            "dang-xuat", "Đã đăng xuất khỏi mọi thiết bị khác.",
            "hai-buoc", "Đã bật xác thực hai bước.",
            "tat-hai-buoc", "Đã tắt xác thực hai bước.");

    @PostMapping(AccountsMenu.ACCOUNT + "/dang-xuat-moi-noi")
    String signOutElsewhere(HttpServletRequest request) {
        AccountUser me = SignedInUser.get();
        int ended = sessions.endAll(me.getUsername(), request.getSession().getId());
        audit.record("user.signed-out-everywhere", "user", String.valueOf(me.id()), null, Map.of("sessionsEnded", ended));
        return "redirect:" + AccountsMenu.ACCOUNT + "?ok=dang-xuat";
    }

    @GetMapping(RequiredStepsFilter.TWO_STEP)
    String twoStepForm(HttpServletRequest request, Model model) {
        return twoStepPage(request, model, null);
    }

    @PostMapping(RequiredStepsFilter.TWO_STEP)
    String enrol(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now());
        AccountUser me = SignedInUser.get();
        // the confirming code is spent too: it cannot then be used to sign in
        if (step.isEmpty() || !users.enrolTotp(me.id(), secret, step.getAsLong())) {
            return twoStepPage(request, model, "Mã xác thực không đúng. Hãy nhập mã đang hiện trong ứng dụng.");
        }
        session.removeAttribute(PENDING_SECRET);
        SignedInUser.replace(me.withTotp(true), request, response);
        audit.record("user.two-step-enabled", "user", String.valueOf(me.id()), null, null);
        return "redirect:" + AccountsMenu.ACCOUNT + "?ok=hai-buoc";
    }

    @PostMapping(RequiredStepsFilter.TWO_STEP + "/tat")
    String disableTwoStep(@RequestParam String current, HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountUser me = SignedInUser.get();
        if (!encoder.matches(current, users.find(me.id()).orElseThrow().passwordHash())) {
            return twoStepPage(request, model, "Mật khẩu hiện tại không đúng.");
        }
        users.clearTotpSecret(me.id());
        SignedInUser.replace(me.withTotp(false), request, response);
        audit.record("user.two-step-disabled", "user", String.valueOf(me.id()), null, null);
        return "redirect:" + AccountsMenu.ACCOUNT + "?ok=tat-hai-buoc";
    }

    private String twoStepPage(HttpServletRequest request, Model model, String error) {
        AccountUser me = SignedInUser.get();
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        var frame = shell.frame(request, AccountsMenu.ACCOUNT);
        model.addAttribute("frame", frame);
        model.addAttribute("enabled", me.totpEnabled());
        model.addAttribute("secret", secret);
        String uri = Totp.uri(frame.officeName(), me.getUsername(), secret);
        model.addAttribute("uri", uri);
        // built by QrCode from escaped text only, so it is safe to print unescaped
        model.addAttribute("qrSvg", QrCode.svg(uri, QR_LABEL));
        model.addAttribute("error", error);
        return "accounts/two-step";
    }
}
