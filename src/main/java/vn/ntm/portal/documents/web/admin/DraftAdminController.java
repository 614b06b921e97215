package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.DraftComment;
import vn.ntm.portal.documents.domain.DraftExports;
import vn.ntm.portal.documents.domain.DraftInput;
import vn.ntm.portal.documents.domain.DraftRegistry;
import vn.ntm.portal.documents.domain.DraftState;
import vn.ntm.portal.documents.domain.DraftStore;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.uploads.PrivateDownload;
import vn.ntm.portal.uploads.PrivateFile;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Drafts for public comment in the back office: list, one form to create or edit a draft with its files, state
 * changes, moderation of the comments (publish, reject with a reason) and the exports for the drafting body
 * (Excel, PDF summary). Administrators and editors; every change audited.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class DraftAdminController {

    static final String PATH = DocumentAdminMenu.DRAFTS;
    private static final int PAGE_SIZE = 30;
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã tạo dự thảo (trạng thái: đang soạn thảo).", "da-luu", "Đã lưu dự thảo.",
            "da-doi-trang-thai", "Đã đổi trạng thái dự thảo.", "da-go-tep", "Đã gỡ tệp đính kèm.",
            "da-dang", "Đã đăng ý kiến.", "da-tu-choi", "Đã từ chối ý kiến.");

    private final AdminShell shell;
    private final DraftStore drafts;
    private final DraftRegistry registry;
    private final DocumentStore documents;
    private final AccountsApi accounts;
    private final UploadsApi uploads;
    private final AuditApi audit;

    DraftAdminController(AdminShell shell, DraftStore drafts, DraftRegistry registry, DocumentStore documents, AccountsApi accounts,
                         UploadsApi uploads, AuditApi audit) {
        this.shell = shell;
        this.drafts = drafts;
        this.registry = registry;
        this.documents = documents;
        this.accounts = accounts;
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String trang,
                @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        String query = q.strip().length() > 300 ? q.strip().substring(0, 300) : q.strip();
        int page = Integer.parseInt(trang);
        var paging = new Paging<>(drafts.searchAll(query, Paging.offset(page, PAGE_SIZE), PAGE_SIZE), page, PAGE_SIZE, drafts.countAll(query));
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("list", new AdminDraftViews.ListView(paging, query, Instant.now()));
        model.addAttribute("notice", tb == null ? null : NOTICES.get(tb));
        return "admin/documents/drafts";
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, null, DraftForm.empty(Instant.now()), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        DraftForm form = DraftForm.from(request);
        List<String> errors = new ArrayList<>();
        DraftInput input = check(form, errors);
        if (input == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, null, form, String.join(" ", errors), null);
        }
        try {
            long id = registry.create(input, DocumentAdminController.uploads(request), user());
            return "redirect:" + PATH + "/" + id + "?tb=da-tao";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return form(request, model, null, form, "Không lưu được dự thảo: " + e.getMessage(), null);
        }
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        DocumentDraft d = existing(id);
        return form(request, model, d, current(d), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentDraft d = existing(id);
        DraftForm form = DraftForm.from(request);
        List<String> errors = new ArrayList<>();
        DraftInput input = check(form, errors);
        if (input == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, d, form, String.join(" ", errors), null);
        }
        try {
            registry.update(id, input, DocumentAdminController.uploads(request), user());
            return "redirect:" + PATH + "/" + id + "?tb=da-luu";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return form(request, model, d, form, "Không lưu được dự thảo: " + e.getMessage(), null);
        }
    }

    @PostMapping(PATH + "/{id}/trang-thai")
    String changeState(@PathVariable long id, @RequestParam(defaultValue = "") String state,
                       @RequestParam(defaultValue = "") String adoptedNumber, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        DocumentDraft d = existing(id);
        try {
            DraftState next = DraftState.byCode(state).orElseThrow(() -> new UserInputException(400, "Cần chọn trạng thái mới."));
            registry.changeState(id, next, adoptedNumber);
            return "redirect:" + PATH + "/" + id + "?tb=da-doi-trang-thai";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return form(request, model, d, current(d), e.getMessage(), null);
        }
    }

    @PostMapping(PATH + "/{id}/tep/{fileId}/xoa")
    String removeFile(@PathVariable long id, @PathVariable long fileId) {
        existing(id);
        registry.removeFile(id, fileId);
        return "redirect:" + PATH + "/" + id + "?tb=da-go-tep";
    }

    @GetMapping(PATH + "/{id}/y-kien")
    String comments(@PathVariable long id, @RequestParam(name = "trang-thai", defaultValue = "") String status,
                    @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        DocumentDraft d = existing(id);
        DraftComment.Status s = status.isBlank() ? null : DraftComment.Status.byCode(status)
                .orElseThrow(() -> new UserInputException(400, "Trạng thái ý kiến không hợp lệ."));
        return comments(request, model, d, s, null, tb == null ? null : NOTICES.get(tb));
    }

    /** A commenter's attachment: private (personal data), downloaded only from here, every download audited. */
    @GetMapping(PATH + "/{id}/y-kien/{commentId}/tep")
    void attachment(@PathVariable long id, @PathVariable long commentId, HttpServletResponse response) throws IOException {
        DraftComment c = drafts.comment(id, commentId).orElseThrow(() -> new NotFoundException("Không tìm thấy ý kiến này."));
        if (c.attachmentFileId() == null) {
            throw new NotFoundException("Ý kiến này không có tệp đính kèm.");
        }
        PrivateFile file = uploads.findPrivate(c.attachmentFileId())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm của ý kiến này."));
        InputStream in = uploads.openPrivate(file.id())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm của ý kiến này."));
        audit.record("draft.comment-attachment-downloaded", "document_draft_comment", String.valueOf(commentId), null,
                java.util.Map.of("draftId", id, "fileId", file.id()));
        PrivateDownload.send(response, file, in, PrivateDownload.fileName(file, "gop-y-" + commentId));
    }

    @PostMapping(PATH + "/{id}/y-kien/{commentId}/dang")
    String publish(@PathVariable long id, @PathVariable long commentId) {
        existing(id);
        registry.publish(id, commentId, user());
        return "redirect:" + PATH + "/" + id + "/y-kien?tb=da-dang";
    }

    @PostMapping(PATH + "/{id}/y-kien/{commentId}/tu-choi")
    String reject(@PathVariable long id, @PathVariable long commentId, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        DocumentDraft d = existing(id);
        drafts.comment(id, commentId).orElseThrow(() -> new NotFoundException("Không tìm thấy ý kiến này."));
        try {
            registry.reject(id, commentId, reason, user());
            return "redirect:" + PATH + "/" + id + "/y-kien?tb=da-tu-choi";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return comments(request, model, d, null, e.getMessage(), null);
        }
    }

    @GetMapping(PATH + "/{id}/y-kien.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable long id) {
        DocumentDraft d = existing(id);
        return download(DraftExports.xlsx(d, drafts.comments(id, null)), "gop-y-du-thao-" + id + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping(PATH + "/{id}/y-kien.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        DocumentDraft d = existing(id);
        return download(DraftExports.pdf(d, drafts.comments(id, null), drafts.commentCounts(id)), "tong-hop-gop-y-du-thao-" + id + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private DraftInput check(DraftForm form, List<String> errors) {
        Set<Long> types = new HashSet<>(documents.types().stream().map(DocumentType::id).toList());
        Set<Long> fields = new HashSet<>(documents.fieldTree().stream().map(DocumentField::id).toList());
        return form.validate(types, fields, errors);
    }

    private DraftForm current(DocumentDraft d) {
        return DraftForm.of(d, drafts.fullText(d.id()), drafts.fieldsOf(d.id()).stream().map(DocumentField::id).toList());
    }

    private String user() {
        return accounts.currentUser().map(CurrentUser::username).orElse("hệ thống");
    }

    private DocumentDraft existing(long id) {
        return drafts.findAny(id).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
    }

    private String form(HttpServletRequest request, Model model, DocumentDraft d, DraftForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("view", new AdminDraftViews.FormView(d, form, documents.types(), documents.fieldTree(),
                d == null ? List.of() : drafts.files(d.id()), d == null ? Map.of() : drafts.commentCounts(d.id()), Instant.now()));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/documents/draft-form";
    }

    private String comments(HttpServletRequest request, Model model, DocumentDraft d, DraftComment.Status s, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("view", new AdminDraftViews.CommentsView(d, drafts.comments(d.id(), s), s, drafts.commentCounts(d.id())));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/documents/draft-comments";
    }
}
