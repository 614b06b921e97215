package vn.ntm.portal.news.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.news.domain.RatingService;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.RateLimiter;

/**
 * Takes a 1–5 star vote. Without JavaScript the form posts here and the reader is sent back to the
 * article; with JavaScript the same request asks for JSON and the page updates in place.
 */
@Controller
class RatingController {

    private final RatingService ratings;
    private final ArticleReader reader;
    private final StatsApi stats;
    private final ArticleController articles;
    private final ArticlePageMeta pageMeta;
    private final RateLimiter perIp;

    RatingController(RatingService ratings, ArticleReader reader, StatsApi stats, ArticleController articles,
                     ArticlePageMeta pageMeta, @Value("${ntm.rating.max-per-ip-per-hour:30}") int maxPerIp) {
        this.ratings = ratings;
        this.reader = reader;
        this.stats = stats;
        this.articles = articles;
        this.pageMeta = pageMeta;
        this.perIp = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
    }

    @PostMapping("/tin-tuc/{slugId}/danh-gia")
    Object rate(@PathVariable String slugId, @RequestParam(required = false) String stars,
                @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "") String accept,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticleDetail detail = articles.find(slugId);
        long id = detail.article().id();
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        Integer value = parseStars(stars);
        if (value == null) {
            return refuse(400, "Số điểm đánh giá phải là một số từ 1 đến 5.", detail, json, request, response, model);
        }
        Visitor visitor = stats.visitor(request);
        if (!visitor.known()) {
            return refuse(400, "Không xác định được trình duyệt của bạn. Vui lòng bật cookie, tải lại trang rồi đánh giá.",
                    detail, json, request, response, model);
        }
        if (!perIp.tryAcquire(visitor.ip())) {
            return refuse(429, "Có quá nhiều lượt đánh giá từ địa chỉ mạng của bạn. Vui lòng thử lại sau.",
                    detail, json, request, response, model);
        }
        switch (ratings.rate(id, visitor.id(), value, visitor.ip())) {
            case NO_SUCH_ARTICLE -> throw new NotFoundException("Không tìm thấy bài viết này.");
            case ALREADY_VOTED -> {
                return refuse(409, "Bạn đã đánh giá bài viết này rồi. Mỗi người chỉ được đánh giá một lần.",
                        detail, json, request, response, model);
            }
            case ACCEPTED -> reader.ratingChanged(id);
        }
        if (json) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(articles.rating(id).toJson("Cảm ơn bạn đã đánh giá bài viết.", true));
        }
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, detail.article().path() + "?danh-gia=ok#danh-gia").build();
    }

    private Object refuse(int status, String message, ArticleDetail detail, boolean json,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        if (json) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(articles.rating(detail.article().id()).toJson(message, false));
        }
        // without JavaScript: the article page again, with the refusal shown by the rating form
        response.setStatus(status);
        model.addAttribute("meta", pageMeta.of(detail, articles.rating(detail.article().id())).hiddenFromSearch());
        model.addAttribute("page", articles.view(detail, request, message, true));
        return "news/article";
    }

    private static Integer parseStars(String stars) {
        if (stars == null || !stars.matches("[1-5]")) {
            return null;
        }
        return Integer.parseInt(stars);
    }
}
