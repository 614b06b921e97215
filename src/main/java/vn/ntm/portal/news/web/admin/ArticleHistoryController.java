package vn.ntm.portal.news.web.admin;

import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.news.editorial.Actor;
import vn.ntm.portal.news.editorial.ArticleVersion;
import vn.ntm.portal.news.editorial.EditLock;
import vn.ntm.portal.news.editorial.EditorialArticle;
import vn.ntm.portal.news.editorial.EditorialRefusal;
import vn.ntm.portal.news.editorial.EditorialService;
import vn.ntm.portal.news.editorial.VersionDiff;

/** An article's versions, the difference between two of them, and restoring one. */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP', 'PHONG_VIEN')")
@RequestMapping("/quan-tri/bai-viet/{id}/lich-su")
class ArticleHistoryController {

    private final EditorialService service;
    private final AdminActors actors;

    ArticleHistoryController(EditorialService service, AdminActors actors) {
        this.service = service;
        this.actors = actors;
    }

    @GetMapping
    String history(@PathVariable long id, @RequestParam(name = "tu", required = false) Integer from,
                   @RequestParam(name = "den", required = false) Integer to, CsrfToken csrf, Model model) {
        Actor actor = actors.current();
        EditorialArticle a = service.article(id);
        List<ArticleVersion> versions = service.versions(id);
        int newest = versions.isEmpty() ? 0 : versions.get(0).number();
        int b = to == null ? newest : to;
        int f = from == null ? Math.max(1, b - 1) : from;
        String diff = "";
        var older = service.version(id, f);
        var newer = service.version(id, b);
        if (older.isPresent() && newer.isPresent()) {
            diff = VersionDiff.html(VersionDiff.text(older.get()), VersionDiff.text(newer.get()));
        }
        model.addAttribute("page", new HistoryView(a, versions, f, b, diff, service.workflow().mayEdit(actor, a.state()),
                csrf.getParameterName(), csrf.getToken()));
        return "admin/news/history";
    }

    @PostMapping("/{version}/khoi-phuc")
    String restore(@PathVariable long id, @PathVariable int version) {
        Actor actor = actors.current();
        EditLock lock = service.open(actor, id);
        if (!lock.mine()) {
            throw new EditorialRefusal("Bài viết đang được " + lock.holderName() + " chỉnh sửa từ " + AdminTime.hour(lock.since())
                    + ". Hãy tiếp quản ở trang sửa bài trước khi khôi phục.");
        }
        int created = service.restore(actor, id, version);
        return "redirect:/quan-tri/bai-viet/" + id + "/lich-su?tu=" + version + "&den=" + created;
    }
}
