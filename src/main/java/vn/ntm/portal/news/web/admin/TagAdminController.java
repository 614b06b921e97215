package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;

/** Tags (từ khóa): list with counts, rename, merge one into another, delete unused; administrators only, audited. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class TagAdminController {

    static final String PATH = "/quan-tri/the";
    private static final int LIMIT = 300;
    private static final Map<String, String> NOTICES = Map.of(
            "da-doi-ten", "Đã đổi tên từ khóa.", "da-gop", "Đã gộp từ khóa.", "da-xoa", "Đã xóa từ khóa.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditApi audit;

    TagAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tb,
                HttpServletRequest request, Model model) {
        return page(request, model, q, null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}/doi-ten")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        TagRow before = find(id);
        String newName = name.strip();
        String slug = VietnameseText.slug(newName);
        String error = null;
        if (newName.isEmpty() || newName.length() > 100 || slug.isEmpty()) {
            error = "Tên từ khóa không được để trống (tối đa 100 ký tự) và phải có chữ hoặc số.";
        } else if (jdbc.sql("SELECT count(*) FROM tag WHERE slug = ? AND id <> ?").param(slug).param(id).query(Long.class).single() > 0) {
            error = "Đã có từ khóa khác cùng tên \"" + newName + "\"; hãy gộp hai từ khóa thay vì đổi tên.";
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, null, error, null);
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE tag SET name = ?, slug = ? WHERE id = ?").param(newName).param(slug).param(id).update();
            audit.record("tag.renamed", "tag", String.valueOf(id), Map.of("name", before.name(), "slug", before.slug()),
                    Map.of("name", newName, "slug", slug));
        });
        return "redirect:" + PATH + "?tb=da-doi-ten";
    }

    @PostMapping(PATH + "/gop")
    String merge(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String into,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<TagRow> source = parse(from).flatMap(this::row);
        Optional<TagRow> target = parse(into).flatMap(this::row);
        String error = null;
        if (source.isEmpty() || target.isEmpty()) {
            error = "Hãy chọn hai từ khóa có trong danh sách để gộp.";
        } else if (source.get().id() == target.get().id()) {
            error = "Không thể gộp một từ khóa vào chính nó.";
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, null, error, null);
        }
        TagRow s = source.get();
        TagRow t = target.get();
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO article_tag (article_id, tag_id)
                    SELECT article_id, ? FROM article_tag WHERE tag_id = ? ON CONFLICT DO NOTHING""")
                    .param(t.id()).param(s.id()).update();
            jdbc.sql("DELETE FROM article_tag WHERE tag_id = ?").param(s.id()).update();
            jdbc.sql("DELETE FROM tag WHERE id = ?").param(s.id()).update();
            audit.record("tag.merged", "tag", String.valueOf(t.id()),
                    Map.of("from", Map.of("id", s.id(), "name", s.name(), "articles", s.articles()),
                            "into", Map.of("id", t.id(), "name", t.name(), "articles", t.articles())),
                    Map.of("id", t.id(), "name", t.name(), "articles", row(t.id()).map(TagRow::articles).orElse(0L)));
        });
        return "redirect:" + PATH + "?tb=da-gop";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        TagRow before = find(id);
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.sql("SELECT id FROM tag WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
            long used = jdbc.sql("SELECT count(*) FROM article_tag WHERE tag_id = ?").param(id).query(Long.class).single();
            if (used > 0) {
                return false;
            }
            jdbc.sql("DELETE FROM tag WHERE id = ?").param(id).update();
            audit.record("tag.deleted", "tag", String.valueOf(id), Map.of("name", before.name(), "slug", before.slug()), null);
            return true;
        }));
        if (!deleted) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, null, "Không thể xóa từ khóa \"" + before.name()
                    + "\" vì còn bài viết gắn từ khóa này; hãy gộp nó vào từ khóa khác.", null);
        }
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TagRow find(long id) {
        return row(id).orElseThrow(() -> new NotFoundException("Không tìm thấy từ khóa này."));
    }

    private Optional<TagRow> row(long id) {
        return jdbc.sql("SELECT t.id, t.slug, t.name, (SELECT count(*) FROM article_tag a WHERE a.tag_id = t.id) FROM tag t WHERE t.id = ?")
                .param(id).query((rs, i) -> new TagRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).optional();
    }

    private String page(HttpServletRequest request, Model model, String q, String error, String notice) {
        String query = q == null ? "" : q.strip();
        List<TagRow> tags = jdbc.sql("""
                SELECT t.id, t.slug, t.name, count(a.article_id) AS n FROM tag t LEFT JOIN article_tag a ON a.tag_id = t.id
                 WHERE ? = '' OR t.name ILIKE '%' || ? || '%' OR t.slug LIKE '%' || ? || '%'
                 GROUP BY t.id ORDER BY n DESC, t.name LIMIT ?""")
                .param(query).param(query).param(VietnameseText.slug(query)).param(LIMIT)
                .query((rs, i) -> new TagRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("tags", tags);
        model.addAttribute("q", query);
        model.addAttribute("limit", LIMIT);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/tags";
    }
}
