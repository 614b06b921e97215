package vn.ntm.portal.pages.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.pages.internal.PageInput;
import vn.ntm.portal.pages.internal.PageRefusal;
import vn.ntm.portal.pages.internal.PageService;
import vn.ntm.portal.pages.internal.PageStore;
import vn.ntm.portal.pages.internal.StalePage;
import vn.ntm.portal.pages.internal.StaticPage;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.SiteMenu;
import vn.ntm.portal.web.SiteMenuItem;

/**
 * The static pages in the back office (editors and administrators): the tree with status, create and edit with
 * the rich-text editor (optimistic locking: a form opened on an older version is a 409 that keeps the typed text),
 * publish and unpublish, move up and down among siblings, delete a page without children. Every change is audited
 * by {@link PageService}. The main menu is not changed here: administrators point a menu entry at
 * {@code /trang/<slug>} on the menu screen, and this screen shows which pages such an entry links to.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class PageAdminController {

    static final String PATH = "/quan-tri/trang";
    private static final String MENU_WARNING = " Trang này đang có trong trình đơn chính: hãy sửa hoặc ẩn mục đó ở màn hình Trình đơn"
            + " (quản trị hệ thống), nếu không người xem sẽ gặp trang \"Không tìm thấy\".";
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã tạo trang.", "da-luu", "Đã lưu trang.", "da-xoa", "Đã xóa trang.",
            "da-cong-bo", "Đã công bố trang.", "da-an", "Đã thôi công bố trang.", "da-chuyen", "Đã đổi thứ tự trang.",
            "khong-chuyen", "Trang đã ở vị trí đầu hoặc cuối trong cùng trang cha.",
            "da-luu-trinh-don", "Đã lưu trang." + MENU_WARNING, "da-an-trinh-don", "Đã thôi công bố trang." + MENU_WARNING,
            "da-xoa-trinh-don", "Đã xóa trang." + MENU_WARNING);

    private final AdminShell shell;
    private final PageStore store;
    private final PageService service;
    private final SiteMenu menu;

    PageAdminController(AdminShell shell, PageStore store, PageService service, SiteMenu menu) {
        this.shell = shell;
        this.store = store;
        this.service = service;
        this.menu = menu;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return list(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @GetMapping(PATH + "/moi")
    String newForm(@RequestParam(name = "cha", required = false) String parent, HttpServletRequest request, Model model) {
        String p = parent != null && parent.matches("\\d{1,18}") ? parent : "";
        return form(request, model, 0, PageForm.empty(p), null, null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageForm form = PageForm.from(request);
        List<String> errors = new ArrayList<>();
        PageInput input = check(0, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, null, String.join(" ", errors), null);
        }
        try {
            long id = service.create(input);
            return "redirect:" + PATH + "/" + id + "?tb=da-tao";
        } catch (PageRefusal e) {
            response.setStatus(e.status());
            return form(request, model, 0, form, null, e.getMessage(), null);
        }
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        StaticPage page = find(id);
        return form(request, model, id, PageForm.of(page), page, null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        StaticPage stored = find(id);
        PageForm form = PageForm.from(request);
        if (!form.version().matches("\\d{1,9}")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form.withVersion(stored.version()), stored,
                    "Biểu mẫu thiếu số phiên bản của trang. Nội dung bạn nhập vẫn còn dưới đây; hãy bấm \"Lưu\" lần nữa.", null);
        }
        List<String> errors = new ArrayList<>();
        PageInput input = check(id, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, stored, String.join(" ", errors), null);
        }
        try {
            service.update(id, Integer.parseInt(form.version()), input);
        } catch (StalePage e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(request, model, id, form.withVersion(e.currentVersion()), find(id), e.getMessage(), null);
        } catch (PageRefusal e) {
            response.setStatus(e.status());
            return form(request, model, id, form, stored, e.getMessage(), null);
        }
        boolean linked = inMenu(stored.slug());
        boolean menuBroken = linked && (!stored.slug().equals(input.slug()) || (stored.published() && !input.published()));
        return "redirect:" + PATH + "/" + id + "?tb=" + (menuBroken ? "da-luu-trinh-don" : "da-luu");
    }

    @PostMapping(PATH + "/{id}/cong-bo")
    String publish(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return publishState(id, true, request, response, model);
    }

    @PostMapping(PATH + "/{id}/an")
    String unpublish(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return publishState(id, false, request, response, model);
    }

    @PostMapping(PATH + "/{id}/len")
    String up(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return move(id, -1, request, response, model);
    }

    @PostMapping(PATH + "/{id}/xuong")
    String down(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return move(id, 1, request, response, model);
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        StaticPage page = find(id);
        try {
            service.delete(id);
        } catch (PageRefusal e) {
            response.setStatus(e.status());
            return list(request, model, e.getMessage(), null);
        }
        return "redirect:" + PATH + "?tb=" + (inMenu(page.slug()) ? "da-xoa-trinh-don" : "da-xoa");
    }

    private String publishState(long id, boolean published, HttpServletRequest request, HttpServletResponse response, Model model) {
        StaticPage page = find(id);
        try {
            service.setPublished(id, published);
        } catch (PageRefusal e) {
            response.setStatus(e.status());
            return list(request, model, e.getMessage(), null);
        }
        if (!published && inMenu(page.slug())) {
            return "redirect:" + PATH + "?tb=da-an-trinh-don";
        }
        return "redirect:" + PATH + "?tb=" + (published ? "da-cong-bo" : "da-an");
    }

    private String move(long id, int direction, HttpServletRequest request, HttpServletResponse response, Model model) {
        find(id);
        boolean moved;
        try {
            moved = service.move(id, direction);
        } catch (PageRefusal e) {
            response.setStatus(e.status());
            return list(request, model, e.getMessage(), null);
        }
        return "redirect:" + PATH + "?tb=" + (moved ? "da-chuyen" : "khong-chuyen");
    }

    private PageInput check(long id, PageForm form, List<String> errors) {
        return service.check(id, form.title(), form.slug(), form.parent(), form.summary(), form.body(), form.position(),
                form.published(), errors);
    }

    private StaticPage find(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("Không tìm thấy trang này."));
    }

    /** The slugs of pages a hand-made menu entry links to ({@code /trang/<slug>}). */
    private Set<String> menuSlugs() {
        return menu.handMade().stream().map(SiteMenuItem::href).filter(Objects::nonNull)
                .filter(h -> h.startsWith(PageController.PATH + "/"))
                .map(h -> h.substring(PageController.PATH.length() + 1).replaceAll("[?#].*", ""))
                .collect(Collectors.toSet());
    }

    private boolean inMenu(String slug) {
        return menuSlugs().contains(slug);
    }

    private String list(HttpServletRequest request, Model model, String error, String notice) {
        List<StaticPage> pages = store.all();
        Map<Long, Long> children = store.childCounts();
        Set<String> linked = menuSlugs();
        List<PageRow> rows = new ArrayList<>();
        for (StaticPage p : pages) {
            List<StaticPage> siblings = pages.stream().filter(s -> Objects.equals(s.parentId(), p.parentId())).toList();
            rows.add(new PageRow(p, children.getOrDefault(p.id(), 0L), linked.contains(p.slug()),
                    siblings.get(0).id() == p.id(), siblings.get(siblings.size() - 1).id() == p.id()));
        }
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("rows", rows);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/pages/list";
    }

    private String form(HttpServletRequest request, Model model, long id, PageForm form, StaticPage stored, String error,
                        String notice) {
        List<StaticPage> parents = store.all().stream().filter(p -> p.parentId() == null && p.id() != id).toList();
        boolean hasChildren = id != 0 && store.childCounts().getOrDefault(id, 0L) > 0;
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("view", new PageFormView(id, form, stored, parents, hasChildren,
                stored != null && inMenu(stored.slug()), error, notice));
        return "admin/pages/form";
    }
}
