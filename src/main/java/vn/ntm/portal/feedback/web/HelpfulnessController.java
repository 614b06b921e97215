package vn.ntm.portal.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.feedback.HelpfulNotice;
import vn.ntm.portal.feedback.HelpfulTarget;
import vn.ntm.portal.feedback.Helpfulness;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;

/**
 * Votes on "Thông tin này có hữu ích không?" for every declared {@link HelpfulTarget}: a plain form post
 * (CSRF token required, as on every public form). A counted vote returns to the page with a thank-you; a
 * refusal (no such page, no visitor cookie, too many votes from one address, a second vote) is a short
 * page in the site layout with the reason, a 4xx status and a link back.
 */
@Controller
class HelpfulnessController {

    private final Map<String, HelpfulTarget> targets;
    private final Helpfulness helpfulness;
    private final StatsApi stats;
    private final RateLimiter perIp;

    HelpfulnessController(List<HelpfulTarget> targets, Helpfulness helpfulness, StatsApi stats,
                          @Value("${ntm.feedback.max-votes-per-ip-per-hour:60}") int maxPerIp) {
        this.targets = targets.stream().collect(Collectors.toUnmodifiableMap(HelpfulTarget::type, Function.identity()));
        this.helpfulness = helpfulness;
        this.stats = stats;
        this.perIp = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
    }

    @PostMapping("/huu-ich/{type:[a-z-]{1,40}}/{id:\\d{1,18}}")
    Object vote(@PathVariable String type, @PathVariable long id, @RequestParam(name = "value", required = false) String value,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String path = Optional.ofNullable(targets.get(type)).flatMap(t -> t.publicPath(id))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy nội dung bạn muốn đánh giá."));
        if (!"co".equals(value) && !"khong".equals(value)) {
            return refused(400, "Vui lòng chọn \"Có\" hoặc \"Không\".", path, response, model);
        }
        Visitor visitor = stats.visitor(request);
        if (!visitor.known()) {
            return refused(400, "Không xác định được trình duyệt của bạn. Vui lòng bật cookie, tải lại trang rồi chọn lại.",
                    path, response, model);
        }
        if (visitor.bot()) {
            return refused(403, "Lượt đánh giá từ chương trình tự động không được tính.", path, response, model);
        }
        if (!perIp.tryAcquire(visitor.ip())) {
            return refused(429, "Có quá nhiều lượt đánh giá từ địa chỉ mạng của bạn. Vui lòng thử lại sau.", path, response, model);
        }
        if (helpfulness.record(type, id, visitor.id(), "co".equals(value)) == Helpfulness.Outcome.ALREADY_VOTED) {
            return refused(409, "Bạn đã cho ý kiến về nội dung này rồi. Mỗi người chỉ được chọn một lần.", path, response, model);
        }
        return ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, path + "?" + HelpfulNotice.PARAM + "=" + HelpfulNotice.THANKS + "#huu-ich").build();
    }

    private static String refused(int status, String message, String back, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("meta", PageMeta.of("Chưa ghi nhận ý kiến", message, back,
                List.of(Crumb.here("Ý kiến về nội dung"))).hiddenFromSearch());
        model.addAttribute("message", message);
        model.addAttribute("back", back);
        return "feedback/refused";
    }
}
