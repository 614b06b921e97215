package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.qa.domain.QaStatus;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.TrackingCodes;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * "Tra cứu câu hỏi": the status of a question by its tracking code; never the asker's contact details.
 * Lookups are limited per address ({@code ntm.qa.max-lookups-per-ip-per-hour}) so codes cannot be tried
 * in bulk.
 */
@Controller
class TrackController {

    static final String PATH = "/hoi-dap/tra-cuu";

    private final QaStore store;
    private final RateLimiter perIp;

    TrackController(QaStore store, @Value("${ntm.qa.max-lookups-per-ip-per-hour:30}") int maxPerIp) {
        this.store = store;
        this.perIp = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
    }


    @GetMapping(PATH)
    String track(@RequestParam(name = "ma", required = false) String code,
                 @RequestParam(name = "da-gui", required = false) String submitted,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        List<Crumb> crumbs = List.of(new Crumb("Hỏi đáp", FaqController.PATH), Crumb.here("Tra cứu câu hỏi"));
        model.addAttribute("meta", PageMeta.of("Tra cứu câu hỏi", "Theo dõi tình trạng trả lời câu hỏi bằng mã tra cứu.",
                PATH, crumbs).hiddenFromSearch());
        if (code == null || code.isBlank()) {
            model.addAttribute("track", null);
            return "qa/track";
        }
        if (!perIp.tryAcquire(request.getRemoteAddr())) {
            throw new UserInputException(429, "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau một giờ.");
        }
        Question q = TrackingCodes.parse(code).flatMap(store::byCode)
                .orElseThrow(() -> new NotFoundException(
                        "Không tìm thấy câu hỏi nào có mã tra cứu này. Vui lòng kiểm tra lại mã (dạng HD-2026-XXXX-XXXX)."));
        boolean answered = q.status() == QaStatus.ANSWERED;
        model.addAttribute("track", new TrackView(q.trackingCode(), q.title(), q.topicName(), q.status(), q.forwardedTo(),
                q.receivedOnText(), q.dueOnText(), answered ? q.answer() : null, answered ? q.answeredAtText() : null,
                q.published() ? q.path() : null, submitted != null, q.email() != null));
        return "qa/track";
    }
}
