package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;

/**
 * Fields of the documents registry ("lĩnh vực"), a tree: add, rename, move under another field (no cycles),
 * delete one that no document and no sub-field uses; administrators only, audited.
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class DocumentFieldAdminController {

    static final String PATH = DocumentAdminMenu.FIELDS;
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã thêm lĩnh vực.", "da-luu", "Đã lưu lĩnh vực.", "da-xoa", "Đã xóa lĩnh vực.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DocumentStore store;
    private final AuditApi audit;

    DocumentFieldAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, DocumentStore store,
                                 AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/moi")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String parentId,
                  @RequestParam(defaultValue = "") String position, HttpServletRequest request, HttpServletResponse response, Model model) {
        String n = name.strip();
        Long parent = parent(parentId);
        String error = problem(n, parentId, parent, position, 0);
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, error, null);
        }
        String slug = uniqueSlug(VietnameseText.slug(n), 0);
        int pos = DocumentTypeAdminController.position(position);
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("INSERT INTO document_field (parent_id, name, slug, position) VALUES (?, ?, ?, ?) RETURNING id")
                    .params(parent, n, slug, pos).query(Long.class).single();
            audit.record("document-field.created", "document_field", String.valueOf(id), null, snapshot(n, slug, parent, pos));
        });
        return "redirect:" + PATH + "?tb=da-tao";
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String parentId,
                  @RequestParam(defaultValue = "") String position, HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentField before = find(id);
        String n = name.strip();
        Long parent = parent(parentId);
        String error = problem(n, parentId, parent, position, id);
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, error, null);
        }
        String slug = uniqueSlug(VietnameseText.slug(n), id);
        int pos = DocumentTypeAdminController.position(position);
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE document_field SET parent_id = ?, name = ?, slug = ?, position = ? WHERE id = ?").params(parent, n, slug, pos, id).update();
            audit.record("document-field.updated", "document_field", String.valueOf(id),
                    snapshot(before.name(), before.slug(), before.parentId(), before.position()), snapshot(n, slug, parent, pos));
        });
        return "redirect:" + PATH + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentField before = find(id);
        boolean hasChildren = store.fieldTree().stream().anyMatch(f -> f.parentId() != null && f.parentId() == id);
        if (before.documents() > 0 || hasChildren) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, "Không xóa được lĩnh vực \"" + before.name() + "\": "
                    + (hasChildren ? "còn lĩnh vực con." : "còn " + before.documents() + " văn bản thuộc lĩnh vực này."), null);
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM document_field WHERE id = ?").param(id).update();
            audit.record("document-field.deleted", "document_field", String.valueOf(id),
                    snapshot(before.name(), before.slug(), before.parentId(), before.position()), null);
        });
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private String problem(String name, String parentText, Long parent, String position, long id) {
        if (name.isEmpty() || name.length() > 150 || VietnameseText.slug(name).isEmpty()) {
            return "Tên lĩnh vực không được để trống (tối đa 150 ký tự) và phải có chữ hoặc số.";
        }
        if (DocumentTypeAdminController.position(position) == Integer.MIN_VALUE) {
            return "Thứ tự phải là số nguyên từ -9999 đến 9999.";
        }
        if (!parentText.isBlank()) {
            List<DocumentField> tree = store.fieldTree();
            if (parent == null || tree.stream().noneMatch(f -> f.id() == parent)) {
                return "Lĩnh vực cha không tồn tại.";
            }
            // walk up from the new parent: reaching this field would make a cycle
            Map<Long, Long> parents = new HashMap<>();
            tree.forEach(f -> parents.put(f.id(), f.parentId()));
            for (Long at = parent; at != null; at = parents.get(at)) {
                if (at == id) {
                    return "Không thể đặt lĩnh vực vào trong chính nó hoặc lĩnh vực con của nó.";
                }
            }
        }
        return null;
    }

    private static Long parent(String text) {
        try {
            return text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String uniqueSlug(String base, long id) {
        String slug = base;
        for (int i = 2; jdbc.sql("SELECT count(*) FROM document_field WHERE slug = ? AND id <> ?").params(slug, id).query(Long.class).single() > 0; i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static Map<String, Object> snapshot(String name, String slug, Long parent, int position) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("slug", slug);
        m.put("parentId", parent);
        m.put("position", position);
        return m;
    }

    private DocumentField find(long id) {
        return store.fieldTree().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy lĩnh vực này."));
    }

    private String page(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("fields", store.fieldTree());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/documents/fields";
    }
}
