package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.UserSummary;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.web.NotFoundException;

/**
 * Authors and pen names (tác giả, bút danh, table {@code news_author}) the article editor suggests, each
 * optionally linked to a back-office user (whose new articles then start with that name): list with the number
 * of articles carrying each name, create, edit (a rename may update those articles in the same transaction),
 * delete an unused name or deactivate it. Administrators and editors; every change audited.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class AuthorAdminController {

    static final String PATH = "/quan-tri/tac-gia";
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã thêm tác giả.", "da-luu", "Đã lưu tác giả.", "da-xoa", "Đã xóa tác giả.");
    private static final String COUNT = "(SELECT count(*) FROM article a WHERE a.author_name = t.display_name AND a.author_name <> '')";

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditApi audit;
    private final ArticleReader reader;
    private final AccountsApi accounts;

    AuthorAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, AuditApi audit,
                          ArticleReader reader, AccountsApi accounts) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.reader = reader;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, null, AuthorForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        AuthorForm form = AuthorForm.from(request);
        List<String> errors = validate(0, form);
        Long id = null;
        if (errors.isEmpty()) {
            try {
                id = tx.execute(status -> {
                    long newId = jdbc.sql("INSERT INTO news_author (display_name, name_key, user_id, note, active) VALUES (?, ?, ?, ?, ?) RETURNING id")
                            .params(form.displayName(), form.key(), form.user(), form.note(), form.active())
                            .query(Long.class).single();
                    audit.record("author.created", "news_author", String.valueOf(newId), null, form.snapshot());
                    return newId;
                });
            } catch (DuplicateKeyException e) {
                errors.add(duplicate(form.displayName()));
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
        AuthorRow row = find(id);
        return form(request, model, row, AuthorForm.of(row), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        AuthorRow before = find(id);
        AuthorForm form = AuthorForm.from(request);
        List<String> errors = validate(id, form);
        List<Long> renamed = new ArrayList<>();
        if (errors.isEmpty()) {
            boolean rename = form.renameArticles() && !form.displayName().equals(before.displayName());
            try {
                tx.executeWithoutResult(status -> {
                    jdbc.sql("UPDATE news_author SET display_name = ?, name_key = ?, user_id = ?, note = ?, active = ? WHERE id = ?")
                            .params(form.displayName(), form.key(), form.user(), form.note(), form.active(), id)
                            .update();
                    if (rename) {
                        renamed.addAll(jdbc.sql("UPDATE article SET author_name = ? WHERE author_name = ? AND author_name <> '' RETURNING id")
                                .params(form.displayName(), before.displayName()).query(Long.class).list());
                    }
                    Map<String, Object> after = new LinkedHashMap<>(form.snapshot());
                    if (rename) {
                        after.put("articlesRenamed", renamed.size());
                    }
                    audit.record("author.updated", "news_author", String.valueOf(id), AuthorForm.of(before).snapshot(), after);
                });
            } catch (DuplicateKeyException e) {
                renamed.clear();
                errors.add(duplicate(form.displayName()));
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
        AuthorRow before = find(id);
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.sql("SELECT id FROM news_author WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
            if (jdbc.sql("SELECT count(*) FROM article WHERE author_name = ? AND author_name <> ''").param(before.displayName())
                    .query(Long.class).single() > 0) {
                return false;
            }
            jdbc.sql("DELETE FROM news_author WHERE id = ?").param(id).update();
            audit.record("author.deleted", "news_author", String.valueOf(id), AuthorForm.of(before).snapshot(), null);
            return true;
        }));
        if (!deleted) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, "Không thể xóa tác giả \"" + before.displayName()
                    + "\" vì còn bài viết ghi tên này; hãy bỏ chọn \"Đang dùng\" để ngừng gợi ý tên.", null);
        }
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private List<String> validate(long id, AuthorForm form) {
        List<String> errors = new ArrayList<>();
        if (form.displayName().isEmpty() || Names.length(form.displayName()) > ArticleInput.AUTHOR_MAX || form.key().isEmpty()) {
            errors.add("Tên tác giả, bút danh không được để trống (tối đa " + ArticleInput.AUTHOR_MAX + " ký tự).");
        } else if (jdbc.sql("SELECT count(*) FROM news_author WHERE name_key = ? AND id <> ?").params(form.key(), id)
                .query(Long.class).single() > 0) {
            errors.add(duplicate(form.displayName()));
        }
        if (!form.userId().isEmpty() && (form.user() == null
                || accounts.users().stream().noneMatch(u -> u.id() == form.user()))) {
            errors.add("Người dùng liên kết phải là một người dùng đang hoạt động của trang quản trị.");
        }
        if (Names.length(form.note()) > AuthorForm.NOTE_MAX) {
            errors.add("Ghi chú dài tối đa " + AuthorForm.NOTE_MAX + " ký tự.");
        }
        return errors;
    }

    private static String duplicate(String name) {
        return "Đã có tác giả, bút danh trùng tên \"" + name + "\" (không phân biệt chữ hoa, chữ thường và dấu).";
    }

    private AuthorRow find(long id) {
        return rows("WHERE t.id = ?", id).stream().findFirst().orElseThrow(() -> new NotFoundException("Không tìm thấy tác giả này."));
    }

    private List<AuthorRow> rows(String where, Object... params) {
        Map<Long, String> names = accounts.users().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
        return jdbc.sql("SELECT t.id, t.display_name, t.user_id, t.note, t.active, " + COUNT + " FROM news_author t " + where
                        + " ORDER BY t.display_name, t.id")
                .params(params)
                .query((rs, i) -> {
                    Long user = rs.getObject(3) == null ? null : rs.getLong(3);
                    return new AuthorRow(rs.getLong(1), rs.getString(2), user,
                            user == null ? null : names.getOrDefault(user, "(người dùng số " + user + ", đã khóa)"),
                            rs.getString(4), rs.getBoolean(5), rs.getLong(6));
                })
                .list();
    }

    private String page(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("authors", rows(""));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/authors";
    }

    private String form(HttpServletRequest request, Model model, AuthorRow row, AuthorForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("row", row);
        model.addAttribute("author", form);
        model.addAttribute("users", accounts.users());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/author-form";
    }
}
