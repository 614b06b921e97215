package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.internal.PendingSecondStep;
import vn.ntm.portal.web.SiteSettings;

/**
 * The sign-in page and the two-step page; their forms are processed by Spring Security's filters at
 * the same addresses.
 */
@Controller
class SignInController {

    static final String SECOND_STEP_EXPIRED = "Phiên xác thực đã hết hạn, vui lòng đăng nhập lại.";
    static final String WRONG_CODE = "Mã xác thực không đúng hoặc đã hết hạn.";
    static final String MALFORMED_CODE = "Mã xác thực gồm đúng 6 chữ số.";
    static final String LOCKED = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 phút.";
    private static final Map<String, String> ERRORS = Map.of(
            "sai", "Tên đăng nhập (hoặc e-mail) hoặc mật khẩu không đúng.",
            "khoa", LOCKED,
            "vo-hieu", "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.",
            "het-han", SECOND_STEP_EXPIRED);

    private final SiteSettings settings;

    SignInController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/dang-nhap")
    String signIn(@RequestParam(required = false) String loi, @RequestParam(name = "da-dang-xuat", required = false) String signedOut,
                  @RequestParam(name = "het-phien", required = false) String expired,
                  @RequestParam(name = "mat-khau-moi", required = false) String passwordReset,
                  Authentication authentication, CsrfToken csrf, Model model) {
        if (signedIn(authentication)) {
            return "redirect:/quan-tri";
        }
        String notice = signedOut != null ? "Bạn đã đăng xuất."
                : expired != null ? "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại."
                : passwordReset != null ? "Đã đặt mật khẩu mới. Vui lòng đăng nhập." : null;
        model.addAttribute("officeName", settings.identity().name());
        model.addAttribute("csrfParameter", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        model.addAttribute("error", loi == null ? null : ERRORS.getOrDefault(loi, ERRORS.get("sai")));
        model.addAttribute("notice", notice);
        return "accounts/sign-in";
    }

    /** The second step, for a sign-in whose password was right; a right code is taken by the security filter. */
    @GetMapping(PendingSecondStep.PAGE)
    String secondStep(@RequestParam(required = false) String loi, Authentication authentication, HttpServletRequest request,
                      CsrfToken csrf, Model model) {
        if (signedIn(authentication)) {
            return "redirect:/quan-tri";
        }
        String away = noPendingStep(request);
        if (away != null) {
            return away;
        }
        return secondStepPage(csrf, model, "ma".equals(loi) ? WRONG_CODE : null);
    }

    /** Reached only when the filter did not take the form: no six-digit code. */
    @PostMapping(PendingSecondStep.PAGE)
    String malformedCode(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        String away = noPendingStep(request);
        if (away != null) {
            return away;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return secondStepPage(csrf, model, MALFORMED_CODE);
    }

    /** Where to go instead of the step page: sign-in when no step is pending, with a message when it expired. */
    private static String noPendingStep(HttpServletRequest request) {
        Optional<PendingSecondStep> pending = PendingSecondStep.of(request);
        if (pending.isEmpty()) {
            return "redirect:/dang-nhap";
        }
        if (pending.get().expired(Instant.now())) {
            PendingSecondStep.clear(request);
            return "redirect:/dang-nhap?loi=het-han";
        }
        return null;
    }

    private String secondStepPage(CsrfToken csrf, Model model, String error) {
        model.addAttribute("officeName", settings.identity().name());
        model.addAttribute("csrfParameter", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        model.addAttribute("error", error);
        return "accounts/second-step";
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated();
    }
}
