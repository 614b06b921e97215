package vn.ntm.portal.news.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ntm.portal.news.domain.ArticleLists;
import vn.ntm.portal.news.domain.ArticleStore;
import vn.ntm.portal.news.domain.ArticleSummary;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.news.domain.Tag;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.SiteSettings;

/** Category and tag pages, paginated with the page number in the path. */
@Controller
class ListingController {

    private final ArticleStore articles;
    private final ArticleLists lists;
    private final CategoryStore categories;
    private final SiteSettings settings;

    ListingController(ArticleStore articles, ArticleLists lists, CategoryStore categories, SiteSettings settings) {
        this.articles = articles;
        this.lists = lists;
        this.categories = categories;
        this.settings = settings;
    }

    @GetMapping({"/chuyen-muc/{slug}", "/chuyen-muc/{slug}/trang-{page}"})
    String category(@PathVariable String slug, @PathVariable(required = false) String page, Model model) {
        Category category = categories.bySlug(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy chuyên mục này."));
        int pageNo = Pages.parse(page);
        int size = settings.getInt("category.pageSize", 15);
        List<Long> ids = categories.withDescendants(category.id());
        var paging = lists.inCategories(ids, pageNo, size);
        requireExisting(paging);
        List<Crumb> crumbs = categories.ancestry(category).stream()
                .map(c -> c.id() == category.id() ? Crumb.here(c.name()) : new Crumb(c.name(), c.path())).toList();
        String base = category.path();
        model.addAttribute("meta", PageMeta.of(pageTitle(category.name(), pageNo),
                        category.description().isBlank() ? "Tin bài chuyên mục " + category.name() : category.description(),
                        pageNo == 1 ? base : base + "/trang-" + pageNo, crumbs)
                .withFeed(base + "/rss.xml"));
        model.addAttribute("listing", new ListingView(category.name(), base, paging, categories.children(category.id())));
        return "news/listing";
    }

    @GetMapping({"/the/{slug}", "/the/{slug}/trang-{page}"})
    String tag(@PathVariable String slug, @PathVariable(required = false) String page, Model model) {
        Tag tag = articles.tag(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy từ khóa này."));
        int pageNo = Pages.parse(page);
        int size = settings.getInt("category.pageSize", 15);
        var paging = lists.withTag(tag.id(), pageNo, size);
        requireExisting(paging);
        String title = "Từ khóa: " + tag.name();
        model.addAttribute("meta", PageMeta.of(pageTitle(title, pageNo), "Các tin bài gắn từ khóa " + tag.name(),
                pageNo == 1 ? tag.path() : tag.path() + "/trang-" + pageNo, List.of(Crumb.here(title))));
        model.addAttribute("listing", new ListingView(title, tag.path(), paging, List.of()));
        return "news/listing";
    }

    private static void requireExisting(Paging<ArticleSummary> paging) {
        if (paging.page() > paging.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
    }

    private static String pageTitle(String name, int page) {
        return page == 1 ? name : name + " - Trang " + page;
    }
}
