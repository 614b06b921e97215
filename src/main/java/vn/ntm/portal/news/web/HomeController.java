package vn.ntm.portal.news.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ntm.portal.news.domain.ArticleStore;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.SiteSettings;

/** Home page: featured articles, then the latest of each category shown on the home page. */
@Controller
class HomeController {

    private final SiteSettings settings;
    private final LoadingCache<String, HomeView> home;

    HomeController(ArticleStore articles, CategoryStore categories, SiteSettings settings) {
        this.settings = settings;
        // rebuilt at most every few seconds, whatever the traffic
        this.home = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(5))
                .build(k -> HomeView.build(articles, categories, settings.getInt("home.latestPerCategory", 4)));
    }

    @GetMapping("/")
    String home(Model model) {
        var site = settings.identity();
        model.addAttribute("meta", PageMeta.of(site.tagline(),
                        site.name() + ": tin tức, văn bản, chương trình OCOP và xây dựng nông thôn mới.", "/", List.of()));
        model.addAttribute("home", home.get("home"));
        return "news/home";
    }
}
