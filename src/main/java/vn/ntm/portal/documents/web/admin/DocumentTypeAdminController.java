package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;

/** Document types ("Công văn", "Quyết định"…): add, rename, reorder, delete an unused one; administrators only, audited. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class DocumentTypeAdminController {

    static final String PATH = DocumentAdminMenu.TYPES;
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã thêm loại văn bản.", "da-luu", "Đã lưu loại văn bản.", "da-xoa", "Đã xóa loại văn bản.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DocumentStore store;
    private final AuditApi audit;

    DocumentTypeAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, DocumentStore store,
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
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String position,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String n = name.strip();
        String code = VietnameseText.slug(n);
        String error = problem(n, code, position, 0);
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, error, null);
        }
        int pos = position(position);
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("INSERT INTO document_type (code, name, position) VALUES (?, ?, ?) RETURNING id")
                    .params(code, n, pos).query(Long.class).single();
            audit.record("document-type.created", "document_type", String.valueOf(id), null, Map.of("code", code, "name", n, "position", pos));
        });
        return "redirect:" + PATH + "?tb=da-tao";
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String position,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentType before = find(id);
        String n = name.strip();
        String error = problem(n, before.code(), position, id);
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, error, null);
        }
        int pos = position(position);
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE document_type SET name = ?, position = ? WHERE id = ?").params(n, pos, id).update();
            audit.record("document-type.updated", "document_type", String.valueOf(id),
                    Map.of("name", before.name(), "position", before.position()), Map.of("name", n, "position", pos));
        });
        return "redirect:" + PATH + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentType before = find(id);
        if (before.documents() > 0) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, "Không xóa được loại \"" + before.name() + "\": còn " + before.documents() + " văn bản thuộc loại này.", null);
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM document_type WHERE id = ?").param(id).update();
            audit.record("document-type.deleted", "document_type", String.valueOf(id), Map.of("code", before.code(), "name", before.name()), null);
        });
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private String problem(String name, String code, String position, long id) {
        if (name.isEmpty() || name.length() > 100 || code.isEmpty()) {
            return "Tên loại văn bản không được để trống (tối đa 100 ký tự) và phải có chữ hoặc số.";
        }
        if (position(position) == Integer.MIN_VALUE) {
            return "Thứ tự phải là số nguyên từ -9999 đến 9999.";
        }
        boolean taken = store.types().stream().anyMatch(t -> t.id() != id && (t.name().equalsIgnoreCase(name) || (id == 0 && t.code().equals(code))));
        return taken ? "Đã có loại văn bản \"" + name + "\"." : null;
    }

    /** The position typed, 0 when blank, {@link Integer#MIN_VALUE} when not a number in range. */
    static int position(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(text.strip());
            return p < -9999 || p > 9999 ? Integer.MIN_VALUE : p;
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private DocumentType find(long id) {
        return store.types().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy loại văn bản này."));
    }

    private String page(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("types", store.types());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/documents/types";
    }
}
