package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
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
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.web.NotFoundException;

/**
 * Known sources (nguồn tin, table {@code news_source}) the article editor suggests: list with the number of
 * articles citing each name, create, edit (a rename may update those articles in the same transaction), delete
 * an unused source or deactivate it. Administrators and editors; every change audited.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class SourceAdminController {

    static final String PATH = "/quan-tri/nguon-tin";
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã thêm nguồn tin.", "da-luu", "Đã lưu nguồn tin.", "da-xoa", "Đã xóa nguồn tin.");
    private static final String COUNT = "(SELECT count(*) FROM article a WHERE a.source_name = s.name AND a.source_name <> '')";

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditApi audit;
    private final ArticleReader reader;

    SourceAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, AuditApi audit,
                          ArticleReader reader) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.reader = reader;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, null, SourceForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        SourceForm form = SourceForm.from(request);
        List<String> errors = validate(0, form);
        Long id = null;
        if (errors.isEmpty()) {
            try {
                id = tx.execute(status -> {
                    long newId = jdbc.sql("INSERT INTO news_source (name, name_key, url, active, position) VALUES (?, ?, ?, ?, ?) RETURNING id")
                            .params(form.name(), form.key(), form.url(), form.active(), Names.position(form.position()))
                            .query(Long.class).single();
                    audit.record("source.created", "news_source", String.valueOf(newId), null, form.snapshot());
                    return newId;
                });
            } catch (DuplicateKeyException e) {
                errors.add(duplicate(form.name()));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, null, form, String.join(" ", errors), null);
        }
        return "redirect:" + PATH + "/" + id + "?tb=da-tao";
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        SourceRow row = find(id);
        return form(request, model, row, SourceForm.of(row), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        SourceRow before = find(id);
        SourceForm form = SourceForm.from(request);
        List<String> errors = validate(id, form);
        List<Long> renamed = new ArrayList<>();
        if (errors.isEmpty()) {
            boolean rename = form.renameArticles() && !form.name().equals(before.name());
            try {
                tx.executeWithoutResult(status -> {
                    jdbc.sql("UPDATE news_source SET name = ?, name_key = ?, url = ?, active = ?, position = ? WHERE id = ?")
                            .params(form.name(), form.key(), form.url(), form.active(), Names.position(form.position()), id)
                            .update();
                    if (rename) {
                        renamed.addAll(jdbc.sql("UPDATE article SET source_name = ? WHERE source_name = ? AND source_name <> '' RETURNING id")
                                .params(form.name(), before.name()).query(Long.class).list());
                    }
                    Map<String, Object> after = new LinkedHashMap<>(form.snapshot());
                    if (rename) {
                        after.put("articlesRenamed", renamed.size());
                    }
                    audit.record("source.updated", "news_source", String.valueOf(id), SourceForm.of(before).snapshot(), after);
                });
            } catch (DuplicateKeyException e) {
                renamed.clear();
                errors.add(duplicate(form.name()));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, before, form, String.join(" ", errors), null);
        }
        renamed.forEach(reader::evict);
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        SourceRow before = find(id);
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.sql("SELECT id FROM news_source WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
            if (jdbc.sql("SELECT count(*) FROM article WHERE source_name = ? AND source_name <> ''").param(before.name())
                    .query(Long.class).single() > 0) {
                return false;
            }
            jdbc.sql("DELETE FROM news_source WHERE id = ?").param(id).update();
            audit.record("source.deleted", "news_source", String.valueOf(id), SourceForm.of(before).snapshot(), null);
            return true;
        }));
        if (!deleted) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, "Không thể xóa nguồn tin \"" + before.name()
                    + "\" vì còn bài viết ghi nguồn này; hãy bỏ chọn \"Đang dùng\" để ngừng gợi ý nguồn tin.", null);
        }
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private List<String> validate(long id, SourceForm form) {
        List<String> errors = new ArrayList<>();
        if (form.name().isEmpty() || Names.length(form.name()) > ArticleInput.SOURCE_MAX || form.key().isEmpty()) {
            errors.add("Tên nguồn tin không được để trống (tối đa " + ArticleInput.SOURCE_MAX + " ký tự).");
        } else if (jdbc.sql("SELECT count(*) FROM news_source WHERE name_key = ? AND id <> ?").params(form.key(), id)
                .query(Long.class).single() > 0) {
            errors.add(duplicate(form.name()));
        }
        if (!form.url().isEmpty() && !Names.httpsUrl(form.url())) {
            errors.add("Địa chỉ nguồn tin phải để trống hoặc là một URL https:// hợp lệ (tối đa 500 ký tự).");
        }
        if (Names.position(form.position()) == null) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        return errors;
    }

    private static String duplicate(String name) {
        return "Đã có nguồn tin trùng tên \"" + name + "\" (không phân biệt chữ hoa, chữ thường và dấu).";
    }

    private SourceRow find(long id) {
        return jdbc.sql("SELECT s.id, s.name, s.url, s.active, s.position, " + COUNT + " FROM news_source s WHERE s.id = ?")
                .param(id).query((rs, i) -> new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getLong(6)))
                .optional().orElseThrow(() -> new NotFoundException("Không tìm thấy nguồn tin này."));
    }

    private String page(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("sources", jdbc.sql("SELECT s.id, s.name, s.url, s.active, s.position, " + COUNT
                        + " FROM news_source s ORDER BY s.position, s.name")
                .query((rs, i) -> new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                        rs.getLong(6)))
                .list());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/sources";
    }

    private String form(HttpServletRequest request, Model model, SourceRow row, SourceForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("row", row);
        model.addAttribute("source", form);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/source-form";
    }
}
