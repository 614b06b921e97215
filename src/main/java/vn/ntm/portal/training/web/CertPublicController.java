package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.internal.CertService;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * The public side of certificates: the verification page the QR code points at ({@code /chung-nhan/{token}}: name,
 * programme, dates, register number, issue date, or that it was revoked; nothing else about the holder; not
 * indexed), and the holder's own download from the personal page. Both are limited per address.
 */
@Controller
class CertPublicController {

    static final String VERIFY = "/chung-nhan/{token}";

    private final TrainingStore store;
    private final CertService certs;
    private final RateLimiter verifications;
    private final RateLimiter downloads;

    CertPublicController(TrainingStore store, CertService certs,
                         @Value("${ntm.training.max-verifications-per-ip-per-hour:120}") int maxVerifications,
                         @Value("${ntm.training.max-lookups-per-ip-per-hour:60}") int maxLookups) {
        this.store = store;
        this.certs = certs;
        this.verifications = new RateLimiter(maxVerifications, Duration.ofHours(1), Clock.systemUTC());
        this.downloads = new RateLimiter(maxLookups, Duration.ofHours(1), Clock.systemUTC());
    }

    @GetMapping(VERIFY)
    String verify(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!verifications.tryAcquire(request.getRemoteAddr())) {
            throw new UserInputException(429, "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau một giờ.");
        }
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        CertRecord c = certs.byToken(token).orElseThrow(() -> new NotFoundException(
                "Không tìm thấy giấy chứng nhận nào có mã xác minh này. Vui lòng kiểm tra lại đường dẫn hoặc mã QR."));
        Programme p = store.programme(c.programmeId()).orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận này."));
        model.addAttribute("meta", PageMeta.of("Xác minh giấy chứng nhận", "Xác minh giấy chứng nhận tập huấn.", null,
                List.of(new Crumb("Tập huấn", PublicController.LIST), Crumb.here("Xác minh giấy chứng nhận"))).hiddenFromSearch());
        model.addAttribute("certificate", c);
        model.addAttribute("programme", p);
        return "training/cert-verify";
    }

    @GetMapping("/tap-huan/{slug}/dang-ky/{code}/giay-chung-nhan")
    void download(@PathVariable String slug, @PathVariable String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!downloads.tryAcquire(request.getRemoteAddr())) {
            throw new UserInputException(429, "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau một giờ.");
        }
        Programme p = PublicController.find(store, slug);
        Registration r = PersonalCodes.parse(code).flatMap(x -> store.registrationByCode(p.id(), x))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đăng ký nào có mã này trong chương trình."));
        CertRecord c = certs.current(r.id()).orElseThrow(() -> new NotFoundException("Bạn chưa được cấp giấy chứng nhận của chương trình này."));
        CertAdminController.send(response, certs.pdf(p, c), certs.fileName(p, c));
    }
}
