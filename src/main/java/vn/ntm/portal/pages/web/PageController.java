package vn.ntm.portal.pages.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ntm.portal.pages.internal.PageStore;
import vn.ntm.portal.pages.internal.StaticPage;
import vn.ntm.portal.shared.SafeHtml;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;

/** The public static page at {@code /trang/<slug>}: its body, its children (on a parent) or siblings (on a child). */
@Controller
class PageController {

    static final String PATH = "/trang";

    private final PageStore store;

    PageController(PageStore store) {
        this.store = store;
    }

    @GetMapping(PATH + "/{slug}")
    String show(@PathVariable String slug, Model model) {
        if (slug.length() > 200) {
            throw new NotFoundException("Không tìm thấy trang này.");
        }
        StaticPage page = store.publicBySlug(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy trang này."));
        StaticPage parent = page.parentId() == null ? null : store.byId(page.parentId()).orElse(null);
        List<Crumb> crumbs = new ArrayList<>();
        if (parent != null) {
            crumbs.add(new Crumb(parent.title(), parent.path()));
        }
        crumbs.add(Crumb.here(page.title()));
        String description = page.summary().isBlank() ? page.title() : page.summary();
        model.addAttribute("meta", PageMeta.of(page.title(), description, page.path(), crumbs));
        List<StaticPage> children = parent == null ? store.publicChildren(page.id()) : List.of();
        List<StaticPage> siblings = parent == null ? List.of() : store.publicChildren(parent.id());
        model.addAttribute("page", new PublicPageView(page, SafeHtml.sanitize(page.bodyHtml()), parent, children, siblings));
        return "pages/show";
    }
}
