package vn.ntm.portal.news.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ntm.portal.news.domain.ArticleStore;
import vn.ntm.portal.news.domain.ArticleSummary;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.Xml;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.SiteSettings;

/** RSS 2.0 feeds: the whole site and each category. */
@RestController
class FeedController {

    private static final int ITEMS = 30;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final ArticleStore articles;
    private final CategoryStore categories;
    private final SiteSettings settings;
    private final String baseUrl;

    FeedController(ArticleStore articles, CategoryStore categories, SiteSettings settings,
                   @Value("${ntm.public-url:http://localhost:8080}") String baseUrl) {
        this.articles = articles;
        this.categories = categories;
        this.settings = settings;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> site() {
        return rss(settings.identity().shortName(), "/", articles.latest(0, ITEMS));
    }

    @GetMapping("/chuyen-muc/{slug}/rss.xml")
    ResponseEntity<String> category(@PathVariable String slug) {
        Category c = categories.bySlug(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy chuyên mục này."));
        return rss(settings.identity().shortName() + " - " + c.name(), c.path(),
                articles.inCategories(categories.withDescendants(c.id()), 0, ITEMS));
    }

    private ResponseEntity<String> rss(String title, String path, List<ArticleSummary> items) {
        StringBuilder sb = new StringBuilder(16_384).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\"><channel>\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<link>").append(baseUrl).append(Xml.escape(path)).append("</link>\n")
                .append("<description>").append(Xml.escape(settings.identity().name())).append("</description>\n")
                .append("<language>vi</language>\n");
        for (ArticleSummary s : items) {
            String url = baseUrl + s.path();
            sb.append("<item><title>").append(Xml.escape(s.title())).append("</title>")
                    .append("<link>").append(Xml.escape(url)).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(Xml.escape(url)).append("</guid>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(s.publishedAt().atZone(VietnameseFormat.ZONE)))
                    .append("</pubDate>")
                    .append("<description>").append(Xml.escape(s.lead())).append("</description></item>\n");
        }
        return ResponseEntity.ok().contentType(RSS).body(sb.append("</channel></rss>\n").toString());
    }
}
