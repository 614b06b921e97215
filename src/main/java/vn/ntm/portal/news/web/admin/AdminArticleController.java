package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.news.editorial.Actor;
import vn.ntm.portal.news.editorial.ArticleFilter;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.news.editorial.ArticleRow;
import vn.ntm.portal.news.editorial.ArticleStatus;
import vn.ntm.portal.news.editorial.EditLock;
import vn.ntm.portal.news.editorial.EditorialArticle;
import vn.ntm.portal.news.editorial.EditorialRefusal;
import vn.ntm.portal.news.editorial.EditorialService;
import vn.ntm.portal.news.editorial.ExpiryAction;
import vn.ntm.portal.news.editorial.KnownNames;
import vn.ntm.portal.news.editorial.WorkflowAction;
import vn.ntm.portal.shared.Json;
import vn.ntm.portal.web.UserInputException;

/** The back office's article screens: list, editor, workflow steps, edit lock. */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP', 'PHONG_VIEN')")
@RequestMapping("/quan-tri/bai-viet")
class AdminArticleController {

    static final int PAGE_SIZE = 30;
    private static final Map<String, String> NOTICES = Map.of(
            "da-luu", "Đã lưu bài viết.",
            "da-tao", "Đã tạo bài viết.",
            "da-tiep-quan", "Bạn đã tiếp quản quyền sửa bài viết.",
            "da-chuyen", "Đã chuyển trạng thái bài viết.");

    private final EditorialService service;
    private final CategoryStore categories;
    private final AdminActors actors;
    private final AccountsApi accounts;
    private final KnownNames names;

    AdminArticleController(EditorialService service, CategoryStore categories, AdminActors actors, AccountsApi accounts,
                           KnownNames names) {
        this.service = service;
        this.categories = categories;
        this.actors = actors;
        this.accounts = accounts;
        this.names = names;
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        actors.current();
        ArticleFilter.Sort sort = "cu".equals(params.get("sap-xep")) ? ArticleFilter.Sort.OLDEST : ArticleFilter.Sort.NEWEST;
        ArticleFilter filter = new ArticleFilter(status(params.get("trang-thai")), longOrNull(params.get("chuyen-muc")),
                blankToNull(params.get("tac-gia")), blankToNull(params.get("tu-khoa")), AdminTime.parseDate(params.get("tu-ngay")),
                AdminTime.parseDate(params.get("den-ngay")), sort, ArticleFilter.Cursor.parse(params.get("sau")), PAGE_SIZE + 1);
        List<ArticleRow> rows = service.list(filter);
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            Map<String, String> p = new LinkedHashMap<>(params);
            p.put("sau", rows.get(PAGE_SIZE - 1).cursor().toString());
            next = "/quan-tri/bai-viet?" + p.entrySet().stream().filter(e -> !e.getValue().isBlank())
                    .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
        List<Category> all = categories.all();
        model.addAttribute("page", new ListView(filter, params, rows, next, all,
                all.stream().collect(Collectors.toMap(Category::id, Category::name, (a, b) -> a)),
                accounts.users(Roles.ADMIN, Roles.EDITOR, Roles.REPORTER)));
        return "admin/news/list";
    }

    @GetMapping("/moi")
    String newArticle(CsrfToken csrf, Model model) {
        Actor actor = actors.current();
        long firstCategory = categories.all().isEmpty() ? 0 : categories.all().get(0).id();
        // a new article's author is the pen name linked to the signed-in user, when there is one
        String author = names.authorOfUser(Long.parseLong(actor.id())).orElse("");
        ArticleInput blank = new ArticleInput("", "", "", firstCategory, author, null, ExpiryAction.ARCHIVE);
        model.addAttribute("page", new EditorView(null, blank, categories.all(), null, List.of(), true, null, null,
                csrf.getParameterName(), csrf.getToken(), names.activeSources(), names.activeAuthors()));
        return "admin/news/edit";
    }

    @PostMapping("/moi")
    String create(Form form, CsrfToken csrf, Model model, HttpServletResponse response) {
        Actor actor = actors.current();
        try {
            long id = service.create(actor, form.input());
            return "redirect:/quan-tri/bai-viet/" + id + "?tb=da-tao";
        } catch (EditorialRefusal e) {
            response.setStatus(422);
            model.addAttribute("page", new EditorView(null, form.input().clean(), categories.all(), null, List.of(), true, null,
                    e.getMessage(), csrf.getParameterName(), csrf.getToken(), names.activeSources(), names.activeAuthors()));
            return "admin/news/edit";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(name = "tb", required = false) String notice,
                CsrfToken csrf, Model model) {
        Actor actor = actors.current();
        EditorialArticle a = service.article(id);
        boolean mayEdit = service.workflow().mayEdit(actor, a.state());
        EditLock lock = mayEdit ? service.open(actor, id) : null;
        model.addAttribute("page", editor(actor, service.article(id), null, lock, notice == null ? null : NOTICES.get(notice), null, csrf));
        return "admin/news/edit";
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, Form form, CsrfToken csrf, Model model, HttpServletResponse response) {
        Actor actor = actors.current();
        try {
            if ("1".equals(form.takeOver())) {
                service.takeOver(actor, id);
            }
            service.save(actor, id, form.input());
            return "redirect:/quan-tri/bai-viet/" + id + "?tb=da-luu";
        } catch (EditorialRefusal e) {
            // show the page again with what was typed, so the text is not lost
            response.setStatus(409);
            EditorialArticle a = service.article(id);
            EditLock lock = new EditLock(a.lockedBy(), a.lockedByName(), a.lockedAt(), actor.id().equals(a.lockedBy()));
            model.addAttribute("page", editor(actor, a, form.input().clean(), lock, null, e.getMessage(), csrf));
            return "admin/news/edit";
        }
    }

    /** Called by the open editor every few minutes: keeps the lock while someone writes, or says who took it. */
    @PostMapping(value = "/{id}/giu-khoa", produces = "application/json")
    @ResponseBody
    String keepLock(@PathVariable long id) {
        EditLock lock = service.open(actors.current(), id);
        return "{\"mine\":" + lock.mine() + ",\"holder\":" + Json.quote(lock.holderName() == null ? "" : lock.holderName())
                + ",\"since\":" + Json.quote(AdminTime.hour(lock.since())) + "}";
    }

    @PostMapping("/{id}/tiep-quan")
    String takeOver(@PathVariable long id) {
        service.takeOver(actors.current(), id);
        return "redirect:/quan-tri/bai-viet/" + id + "?tb=da-tiep-quan";
    }

    @PostMapping("/{id}/dong")
    String close(@PathVariable long id) {
        service.release(actors.current(), id);
        return "redirect:/quan-tri/bai-viet";
    }

    @PostMapping("/{id}/buoc/{action}")
    String step(@PathVariable long id, @PathVariable String action, @RequestParam(name = "ly-do", required = false) String reason,
                @RequestParam(name = "luc", required = false) String when) {
        WorkflowAction a = java.util.Arrays.stream(WorkflowAction.values()).filter(w -> w.param().equals(action)).findFirst()
                .orElseThrow(() -> new UserInputException(404, "Không có thao tác này."));
        service.act(actors.current(), id, a, reason, AdminTime.parseLocal(when));
        return "redirect:/quan-tri/bai-viet/" + id + "?tb=da-chuyen";
    }

    private EditorView editor(Actor actor, EditorialArticle a, ArticleInput typed, EditLock lock, String message, String error,
                              CsrfToken csrf) {
        ArticleInput input = typed != null ? typed
                : new ArticleInput(a.title(), a.lead(), a.bodyHtml(), a.categoryId(), a.authorName(), a.expiresAt(), a.expiryAction(),
                        a.sourceName(), a.sourceUrl());
        return new EditorView(a, input, categories.all(), lock, service.workflow().available(actor, a.state()),
                service.workflow().mayEdit(actor, a.state()), message, error, csrf.getParameterName(), csrf.getToken(),
                names.activeSources(), names.activeAuthors());
    }

    private static ArticleStatus status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, "Trạng thái không hợp lệ.");
        }
    }

    private static Long longOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException(400, "Chuyên mục không hợp lệ.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The editor form's fields. */
    record Form(String title, String lead, String body, Long categoryId, String authorName, String expiresAt, String expiryAction,
                String takeOver, String sourceName, String sourceUrl) {

        ArticleInput input() {
            ExpiryAction action = "WITHDRAW".equals(expiryAction) ? ExpiryAction.WITHDRAW : ExpiryAction.ARCHIVE;
            return new ArticleInput(title, lead, body, categoryId == null ? 0 : categoryId, authorName, AdminTime.parseLocal(expiresAt),
                    action, sourceName, sourceUrl);
        }
    }
}
