package vn.ntm.portal.accounts.web;

import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.web.SiteSettings;

/** The sign-in page; the form is processed by Spring Security's filter at the same address. */
@Controller
class SignInController {

    static final String LOCKED = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 phút.";
    private static final Map<String, String> ERRORS = Map.of(
            "sai", "Tên đăng nhập (hoặc e-mail) hoặc mật khẩu không đúng.",
            "khoa", LOCKED,
            "vo-hieu", "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.",
            "ma", "Mã xác thực hai bước không đúng hoặc chưa nhập.");

    private final SiteSettings settings;

    SignInController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/dang-nhap")
    String signIn(@RequestParam(required = false) String loi, @RequestParam(name = "da-dang-xuat", required = false) String signedOut,
                  @RequestParam(name = "het-phien", required = false) String expired,
                  @RequestParam(name = "mat-khau-moi", required = false) String passwordReset,
                  Authentication authentication, CsrfToken csrf, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()) {
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
}
