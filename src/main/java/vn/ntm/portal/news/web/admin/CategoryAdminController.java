package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.news.domain.CategoryStore;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;

/**
 * The category tree: administrators and editors see it, administrators change it. Reads go straight
 * to the database; a save refreshes the public category cache on this node at once.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class CategoryAdminController {

    static final String PATH = "/quan-tri/chuyen-muc";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, String> NOTICES = Map.of(
            "da-luu", "Đã lưu chuyên mục.",
            "da-tao", "Đã tạo chuyên mục.",
            "da-xoa", "Đã xóa chuyên mục.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final CategoryStore categories;
    private final AuditApi audit;
    private final AccountsApi accounts;

    CategoryAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions,
                            CategoryStore categories, AuditApi audit, AccountsApi accounts) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.categories = categories;
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return list(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @GetMapping(PATH + "/moi")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, 0, CategoryForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        CategoryForm form = normalise(CategoryForm.from(request));
        List<String> errors = validate(form, 0);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, String.join(" ", errors), null);
        }
        long id;
        try {
            id = tx.execute(status -> {
                long newId = jdbc.sql("""
                        INSERT INTO category (parent_id, slug, name, description, position, in_menu, show_on_home)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                        .param(parentId(form)).param(form.slug()).param(form.name()).param(form.description())
                        .param(Integer.parseInt(form.position())).param(form.inMenu()).param(form.showOnHome())
                        .query(Long.class).single();
                audit.record("category.created", "category", String.valueOf(newId), null, form.snapshot());
                return newId;
            });
        } catch (DuplicateKeyException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, "Đường dẫn (slug) đã được dùng cho chuyên mục khác.", null);
        }
        categories.invalidate();
        return "redirect:" + PATH + "/" + id + "?tb=da-tao";
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return form(request, model, id, stored(id), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        CategoryForm before = stored(id);
        CategoryForm form = normalise(CategoryForm.from(request));
        List<String> errors = validate(form, id);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, String.join(" ", errors), null);
        }
        try {
            tx.executeWithoutResult(status -> {
                jdbc.sql("""
                        UPDATE category SET parent_id = ?, slug = ?, name = ?, description = ?, position = ?, in_menu = ?,
                               show_on_home = ? WHERE id = ?""")
                        .param(parentId(form)).param(form.slug()).param(form.name()).param(form.description())
                        .param(Integer.parseInt(form.position())).param(form.inMenu()).param(form.showOnHome()).param(id)
                        .update();
                audit.record("category.updated", "category", String.valueOf(id), before.snapshot(), form.snapshot());
            });
        } catch (DuplicateKeyException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, "Đường dẫn (slug) đã được dùng cho chuyên mục khác.", null);
        }
        categories.invalidate();
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        CategoryForm before = stored(id);
        String refused = tx.execute(status -> {
            // lock the row so an article cannot be filed under it between the count and the delete
            jdbc.sql("SELECT id FROM category WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
            long used = jdbc.sql("""
                    SELECT count(*) FROM article a WHERE a.main_category_id = ?
                       OR EXISTS (SELECT 1 FROM article_category ac WHERE ac.article_id = a.id AND ac.category_id = ?)""")
                    .param(id).param(id).query(Long.class).single();
            if (used > 0) {
                return "Không thể xóa chuyên mục \"" + before.name() + "\" vì còn " + used
                        + " bài viết thuộc chuyên mục này. Hãy chuyển các bài viết sang chuyên mục khác trước.";
            }
            long children = jdbc.sql("SELECT count(*) FROM category WHERE parent_id = ?").param(id).query(Long.class).single();
            if (children > 0) {
                return "Không thể xóa chuyên mục \"" + before.name() + "\" vì còn " + children
                        + " chuyên mục con. Hãy chuyển hoặc xóa các chuyên mục con trước.";
            }
            jdbc.sql("DELETE FROM category WHERE id = ?").param(id).update();
            audit.record("category.deleted", "category", String.valueOf(id), before.snapshot(), null);
            return null;
        });
        if (refused != null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return list(request, model, refused, null);
        }
        categories.invalidate();
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private CategoryForm normalise(CategoryForm f) {
        String slug = f.slug().isEmpty() ? VietnameseText.slug(f.name()) : f.slug().toLowerCase(java.util.Locale.ROOT);
        return new CategoryForm(f.name(), slug, f.parent(), f.description(), f.position().isEmpty() ? "0" : f.position(),
                f.inMenu(), f.showOnHome());
    }

    private List<String> validate(CategoryForm form, long id) {
        List<String> errors = new ArrayList<>();
        if (form.name().isEmpty() || form.name().length() > 120) {
            errors.add("Tên chuyên mục không được để trống (tối đa 120 ký tự).");
        }
        if (!SLUG.matcher(form.slug()).matches() || form.slug().length() > 120) {
            errors.add("Đường dẫn (slug) chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 120 ký tự).");
        } else if (jdbc.sql("SELECT count(*) FROM category WHERE slug = ? AND id <> ?").param(form.slug()).param(id)
                .query(Long.class).single() > 0) {
            errors.add("Đường dẫn (slug) đã được dùng cho chuyên mục khác.");
        }
        if (form.description().length() > 1000) {
            errors.add("Mô tả dài tối đa 1000 ký tự.");
        }
        try {
            int p = Integer.parseInt(form.position());
            if (p < -9999 || p > 9999) {
                errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
            }
        } catch (NumberFormatException e) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        if (!form.parent().isEmpty()) {
            Long parent = parentId(form);
            Map<Long, Long> parents = parents();
            if (parent == null || !parents.containsKey(parent)) {
                errors.add("Chuyên mục cha không tồn tại.");
            } else if (id != 0 && isSelfOrDescendant(parent, id, parents)) {
                errors.add("Không thể chọn chính chuyên mục này hoặc một chuyên mục con của nó làm chuyên mục cha.");
            }
        }
        return errors;
    }

    /** Whether {@code candidate} is {@code id} or lies under it (walking up from candidate). */
    private static boolean isSelfOrDescendant(long candidate, long id, Map<Long, Long> parents) {
        Long current = candidate;
        for (int i = 0; current != null && i < 1000; i++) {
            if (current == id) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    private static Long parentId(CategoryForm form) {
        try {
            return form.parent().isEmpty() ? null : Long.valueOf(form.parent());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM category").query((rs, i) -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
            return null;
        }).list();
        return parents;
    }

    private CategoryForm stored(long id) {
        return jdbc.sql("SELECT name, slug, parent_id, description, position, in_menu, show_on_home FROM category WHERE id = ?")
                .param(id)
                .query((rs, i) -> new CategoryForm(rs.getString(1), rs.getString(2),
                        rs.getObject(3) == null ? "" : String.valueOf(rs.getLong(3)), rs.getString(4),
                        String.valueOf(rs.getInt(5)), rs.getBoolean(6), rs.getBoolean(7)))
                .optional().orElseThrow(() -> new NotFoundException("Không tìm thấy chuyên mục này."));
    }

    private record Node(long id, Long parent, String name, String slug, int position, boolean inMenu, boolean home,
                        long articles) {
    }

    /** The whole tree, depth first, each level by position then name. */
    private List<CategoryRow> tree() {
        List<Node> nodes = jdbc.sql("""
                SELECT c.id, c.parent_id, c.name, c.slug, c.position, c.in_menu, c.show_on_home,
                       (SELECT count(*) FROM article a WHERE a.main_category_id = c.id)
                     + (SELECT count(*) FROM article_category ac JOIN article a ON a.id = ac.article_id
                         WHERE ac.category_id = c.id AND a.main_category_id <> c.id)
                  FROM category c ORDER BY c.position, c.name, c.id""")
                .query((rs, i) -> new Node(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8)))
                .list();
        Set<Long> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        Map<Long, List<Node>> byParent = new HashMap<>();
        for (Node n : nodes) {
            long key = n.parent() == null || !ids.contains(n.parent()) ? 0L : n.parent();
            byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        List<CategoryRow> rows = new ArrayList<>();
        walk(0L, 0, byParent, new HashSet<>(), rows);
        return rows;
    }

    private static void walk(long parent, int depth, Map<Long, List<Node>> byParent, Set<Long> seen, List<CategoryRow> rows) {
        for (Node n : byParent.getOrDefault(parent, List.of())) {
            if (seen.add(n.id())) {
                rows.add(new CategoryRow(n.id(), n.name(), n.slug(), depth, n.position(), n.inMenu(), n.home(), n.articles()));
                walk(n.id(), depth + 1, byParent, seen, rows);
            }
        }
    }

    private String list(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("rows", tree());
        model.addAttribute("canEdit", accounts.currentUser().map(u -> u.roles().contains(Roles.ADMIN)).orElse(false));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/categories";
    }

    private String form(HttpServletRequest request, Model model, long id, CategoryForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("id", id);
        model.addAttribute("category", form);
        model.addAttribute("parents", tree());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/news/category-form";
    }
}
