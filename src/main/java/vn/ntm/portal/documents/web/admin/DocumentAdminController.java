package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentInput;
import vn.ntm.portal.documents.domain.DocumentRegistry;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.documents.domain.LinkKind;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The documents registry in the back office: list and search, one form to post a document with its files,
 * edit, delete, attached files and links to other documents. Administrators and editors; every change audited.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class DocumentAdminController {

    static final String PATH = DocumentAdminMenu.DOCUMENTS;
    private static final int PAGE_SIZE = 30;
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã đăng văn bản.", "da-luu", "Đã lưu văn bản.", "da-xoa", "Đã xóa văn bản.",
            "da-go-tep", "Đã gỡ tệp đính kèm.", "da-lien-ket", "Đã thêm liên kết.", "da-go-lien-ket", "Đã gỡ liên kết.");

    private final AdminShell shell;
    private final DocumentStore store;
    private final DocumentRegistry registry;
    private final AccountsApi accounts;

    DocumentAdminController(AdminShell shell, DocumentStore store, DocumentRegistry registry, AccountsApi accounts) {
        this.shell = shell;
        this.store = store;
        this.registry = registry;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String trang,
                @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        String query = q.strip().length() > 300 ? q.strip().substring(0, 300) : q.strip();
        int page = Integer.parseInt(trang);
        var paging = new Paging<>(store.searchAll(query, Paging.offset(page, PAGE_SIZE), PAGE_SIZE), page, PAGE_SIZE, store.countAll(query));
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("list", new AdminDocumentList(paging, query, LocalDate.now(VietnameseFormat.ZONE)));
        model.addAttribute("notice", tb == null ? null : NOTICES.get(tb));
        return "admin/documents/list";
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, null, DocumentForm.empty(LocalDate.now(VietnameseFormat.ZONE)), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentForm form = DocumentForm.from(request);
        List<String> errors = new ArrayList<>();
        DocumentInput input = check(form, 0, errors);
        if (input == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, null, form, String.join(" ", errors), null);
        }
        try {
            long id = registry.create(input, uploads(request), user());
            return "redirect:" + PATH + "/" + id + "?tb=da-tao";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return form(request, model, null, form, "Không lưu được văn bản: " + e.getMessage(), null);
        } catch (DuplicateKeyException e) {
            // another editor saved the same number and type a moment ago
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(request, model, null, form, "Đã có văn bản cùng loại với số ký hiệu " + input.numberSymbol() + ".", null);
        }
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        LegalDocument doc = existing(id);
        DocumentForm form = DocumentForm.of(doc, store.detail(doc).fullText(), store.fieldsOf(id).stream().map(DocumentField::id).toList());
        return form(request, model, doc, form, null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        LegalDocument doc = existing(id);
        DocumentForm form = DocumentForm.from(request);
        List<String> errors = new ArrayList<>();
        DocumentInput input = check(form, id, errors);
        if (input == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, doc, form, String.join(" ", errors), null);
        }
        try {
            registry.update(id, input, uploads(request), user());
            return "redirect:" + PATH + "/" + id + "?tb=da-luu";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return form(request, model, doc, form, "Không lưu được văn bản: " + e.getMessage(), null);
        } catch (DuplicateKeyException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(request, model, doc, form, "Đã có văn bản cùng loại với số ký hiệu " + input.numberSymbol() + ".", null);
        }
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id) {
        existing(id);
        registry.delete(id);
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    @PostMapping(PATH + "/{id}/tep/{fileId}/xoa")
    String removeFile(@PathVariable long id, @PathVariable long fileId) {
        existing(id);
        registry.removeFile(id, fileId);
        return "redirect:" + PATH + "/" + id + "?tb=da-go-tep";
    }

    @PostMapping(PATH + "/{id}/lien-ket")
    String addLink(@PathVariable long id, @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String kind,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        LegalDocument doc = existing(id);
        try {
            LinkKind k = LinkKind.byCode(kind).orElseThrow(() -> new UserInputException(400, "Cần chọn loại liên kết."));
            registry.addLink(id, number, k);
            return "redirect:" + PATH + "/" + id + "?tb=da-lien-ket";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            DocumentForm form = DocumentForm.of(doc, store.detail(doc).fullText(), store.fieldsOf(id).stream().map(DocumentField::id).toList());
            model.addAttribute("linkNumber", number);
            return form(request, model, doc, form, e.getMessage(), null);
        }
    }

    @PostMapping(PATH + "/{id}/lien-ket/{linkId}/xoa")
    String removeLink(@PathVariable long id, @PathVariable long linkId) {
        existing(id);
        registry.removeLink(id, linkId);
        return "redirect:" + PATH + "/" + id + "?tb=da-go-lien-ket";
    }

    private DocumentInput check(DocumentForm form, long id, List<String> errors) {
        Set<Long> types = new HashSet<>(store.types().stream().map(DocumentType::id).toList());
        Set<Long> fields = new HashSet<>(store.fieldTree().stream().map(DocumentField::id).toList());
        DocumentInput input = form.validate(types, fields, errors);
        if (input != null && store.byNumber(input.numberSymbol()).stream()
                .anyMatch(d -> d.id() != id && d.typeId() == input.typeId())) {
            errors.add("Đã có văn bản cùng loại với số ký hiệu " + input.numberSymbol() + ".");
            return null;
        }
        return input;
    }

    /** The non-empty files of the form's {@code files} field (none when the form was not multipart). */
    static List<DocumentRegistry.Upload> uploads(HttpServletRequest request) {
        List<DocumentRegistry.Upload> out = new ArrayList<>();
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (MultipartFile f : multipart.getFiles("files")) {
                if (f.isEmpty()) {
                    continue;
                }
                out.add(new DocumentRegistry.Upload() {
                    @Override
                    public String name() {
                        return f.getOriginalFilename() == null ? "" : f.getOriginalFilename();
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return f.getInputStream();
                    }
                });
            }
        }
        return out;
    }

    private String user() {
        return accounts.currentUser().map(CurrentUser::username).orElse("hệ thống");
    }

    private LegalDocument existing(long id) {
        return store.findAny(id).orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản này."));
    }

    private String form(HttpServletRequest request, Model model, LegalDocument doc, DocumentForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("view", new AdminDocumentForm(doc, form, store.types(), store.fieldTree(), store.issuingBodies(),
                store.signers(), store.signerPositions(), doc == null ? List.of() : store.files(doc.id()),
                doc == null ? List.of() : store.links(doc.id(), false), List.of(LinkKind.values()),
                model.getAttribute("linkNumber") == null ? "" : (String) model.getAttribute("linkNumber")));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/documents/form";
    }
}
