package vn.ntm.portal.news.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.feedback.HelpfulNotice;
import vn.ntm.portal.news.domain.Article;
import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.web.NotFoundException;

/** The article page and its print view; old or mistyped slugs redirect to the canonical URL. */
@Controller
class ArticleController {

    private static final Pattern SLUG_ID = Pattern.compile("^(?:([a-z0-9-]{0,300})-)?(\\d{1,18})$");

    private final ArticleReader reader;
    private final StatsApi stats;
    private final ArticlePageMeta pageMeta;

    ArticleController(ArticleReader reader, StatsApi stats, ArticlePageMeta pageMeta) {
        this.reader = reader;
        this.stats = stats;
        this.pageMeta = pageMeta;
    }

    @GetMapping("/tin-tuc/{slugId}")
    Object article(@PathVariable String slugId, @RequestParam(name = "danh-gia", required = false) String voted,
                   @RequestParam(name = HelpfulNotice.PARAM, required = false) String helpful,
                   HttpServletRequest request, Model model) {
        ArticleDetail detail = find(slugId);
        Article a = detail.article();
        if (!slugId.equals(a.slug() + "-" + a.id())) {
            return redirect(a.path());
        }
        Visitor visitor = stats.visitor(request);
        stats.articleViewed(a.id(), visitor);
        String notice = "ok".equals(voted) ? "Cảm ơn bạn đã đánh giá bài viết." : null;
        model.addAttribute("meta", pageMeta.of(detail, rating(a.id())));
        model.addAttribute("page", view(detail, request, notice, false, helpful));
        return "news/article";
    }

    @GetMapping("/tin-tuc/{slugId}/in")
    Object print(@PathVariable String slugId, HttpServletRequest request, Model model) {
        ArticleDetail detail = find(slugId);
        Article a = detail.article();
        if (!slugId.equals(a.slug() + "-" + a.id())) {
            return redirect(a.path() + "/in");
        }
        model.addAttribute("meta", pageMeta.of(detail, rating(a.id())).hiddenFromSearch());
        model.addAttribute("page", view(detail, request, null, false));
        return "news/print";
    }

    ArticleView view(ArticleDetail detail, HttpServletRequest request, String notice, boolean error) {
        return view(detail, request, notice, error, null);
    }

    private ArticleView view(ArticleDetail detail, HttpServletRequest request, String notice, boolean error, String helpfulNotice) {
        long id = detail.article().id();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new ArticleView(detail, rating(id), VietnameseFormat.number(views(id)),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), notice, error, helpfulNotice);
    }

    long views(long id) {
        return reader.storedViews(id) + stats.pendingArticleViews(id);
    }

    RatingView rating(long id) {
        long[] r = reader.rating(id);
        return new RatingView(r[0], r[1]);
    }

    ArticleDetail find(String slugId) {
        return idOf(slugId).flatMap(reader::detail)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy bài viết này, hoặc bài viết đã được gỡ."));
    }

    /** The stable id at the end of {@code slug-id}, whatever the slug. */
    static Optional<Long> idOf(String slugId) {
        Matcher m = SLUG_ID.matcher(slugId);
        return m.matches() ? Optional.of(Long.parseLong(m.group(2))) : Optional.empty();
    }

    private static ResponseEntity<Void> redirect(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, path).build();
    }
}
