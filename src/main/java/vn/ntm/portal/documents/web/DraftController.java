package vn.ntm.portal.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.portal.documents.domain.CommentPhase;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.DraftFormStamp;
import vn.ntm.portal.documents.domain.DraftRegistry;
import vn.ntm.portal.documents.domain.DraftStore;
import vn.ntm.portal.documents.domain.NewComment;
import vn.ntm.portal.shared.Contact;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * Drafts for public comment: the list ({@code /du-thao}, filtered by phase and keyword), a draft's page with its
 * files and published comments, the comment form while the window is open, and the files. The form is protected
 * the Q&A way, without a third-party captcha: honeypot, signed minimum fill time, a per-address limit (429). Every
 * refusal is the page again with a Vietnamese message and a 4xx, and stores nothing.
 */
@Controller
class DraftController {

    static final String PATH = "/du-thao";
    static final String CONSENT_VERSION = "ND13-2023-gop-y-v1";
    static final String CONSENT_TEXT = "Tôi đồng ý để cơ quan thu thập và xử lý dữ liệu cá nhân (họ tên, cơ quan, tổ chức, thông tin liên hệ) "
            + "mà tôi cung cấp, chỉ nhằm mục đích tiếp nhận, tổng hợp ý kiến góp ý dự thảo và liên hệ với tôi khi cần, theo Nghị định "
            + "13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Họ tên và cơ quan, tổ chức có thể được công khai cùng ý kiến; thông tin liên hệ "
            + "không được công khai.";
    private static final Pattern SLUG_ID = Pattern.compile("^(?:([a-z0-9-]{0,300})-)?(\\d{1,18})$");
    private static final int PAGE_SIZE = 20;

    private final DraftStore drafts;
    private final DraftRegistry registry;
    private final DocumentStore documents;
    private final DraftFormStamp stamps;
    private final UploadsApi uploads;
    private final StatsApi stats;
    private final RateLimiter perIp;
    private final Path uploadDir;

    DraftController(DraftStore drafts, DraftRegistry registry, DocumentStore documents, DraftFormStamp stamps, UploadsApi uploads,
                    StatsApi stats, @Value("${ntm.documents.max-comments-per-ip-per-hour:5}") int maxPerIp,
                    @Value("${ntm.upload-dir:data/uploads}") Path uploadDir) {
        this.drafts = drafts;
        this.registry = registry;
        this.documents = documents;
        this.stamps = stamps;
        this.uploads = uploads;
        this.stats = stats;
        this.perIp = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(name = "trang-thai", defaultValue = "") String phaseCode,
                @RequestParam(defaultValue = "1") String trang, Model model) {
        String query = q.strip();
        if (query.length() > 300) {
            throw new UserInputException(400, "Điều kiện tìm kiếm quá dài.");
        }
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        CommentPhase phase = phaseCode.isBlank() ? null : CommentPhase.byCode(phaseCode.strip())
                .orElseThrow(() -> new UserInputException(400, "Trạng thái lấy ý kiến không hợp lệ."));
        int page = Integer.parseInt(trang);
        var paging = new Paging<>(drafts.search(query, phase, Paging.offset(page, PAGE_SIZE), PAGE_SIZE), page, PAGE_SIZE,
                drafts.count(query, phase));
        if (page > paging.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
        DraftListView view = new DraftListView(paging, query, phase, Instant.now());
        model.addAttribute("meta", PageMeta.of("Dự thảo văn bản", "Lấy ý kiến người dân về các dự thảo văn bản.", view.pageHref(page),
                List.of(Crumb.here("Dự thảo văn bản"))));
        model.addAttribute("drafts", view);
        return "documents/drafts";
    }

    @GetMapping(PATH + "/{slugId}")
    Object show(@PathVariable String slugId, @RequestParam(name = "da-gui", required = false) String sent, CsrfToken csrf, Model model) {
        Matcher m = SLUG_ID.matcher(slugId);
        if (!m.matches()) {
            throw new NotFoundException("Không tìm thấy dự thảo này.");
        }
        DocumentDraft d = drafts.find(Long.parseLong(m.group(2))).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
        if (!slugId.equals(d.slug() + "-" + d.id())) {
            return ResponseEntity.status(301).header(HttpHeaders.LOCATION, d.path()).build();
        }
        String notice = sent == null ? null
                : "Cảm ơn bạn đã góp ý. Ý kiến của bạn đã được tiếp nhận và sẽ được đăng sau khi cơ quan xem xét.";
        return page(model, d, DraftCommentForm.empty(), null, notice, csrf);
    }

    @PostMapping(PATH + "/{id:\\d{1,18}}/gop-y")
    String comment(@PathVariable long id, @RequestParam(name = "attachment", required = false) MultipartFile attachment,
                   HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        DocumentDraft d = drafts.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
        DraftCommentForm form = DraftCommentForm.from(request);
        if (!perIp.tryAcquire(request.getRemoteAddr())) {
            return refuse(429, "Có quá nhiều ý kiến được gửi từ địa chỉ mạng của bạn. Vui lòng thử lại sau một giờ.", d, form, response, model, csrf);
        }
        CommentPhase phase = d.phaseAt(Instant.now());
        if (!d.openAt(Instant.now())) {
            return refuse(409, phase.refusal() == null ? CommentPhase.ENDED.refusal() : phase.refusal(), d, form, response, model, csrf);
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isBlank()) {
            return refuse(400, "Không gửi được ý kiến: biểu mẫu có dấu hiệu được điền tự động.", d, form, response, model, csrf);
        }
        switch (stamps.check(id, request.getParameter("stamp"))) {
            case INVALID -> {
                return refuse(400, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung rồi bấm gửi lại.", d, form, response, model, csrf);
            }
            case TOO_FAST -> {
                return refuse(400, "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lại.", d, form, response, model, csrf);
            }
            case OK -> { }
        }
        List<String> errors = new ArrayList<>();
        NewComment checked = validate(form, request.getRemoteAddr(), errors);
        if (!errors.isEmpty()) {
            return refuse(400, String.join(" ", errors), d, form, response, model, csrf);
        }
        if (attachment != null && !attachment.isEmpty()) {
            try (InputStream in = attachment.getInputStream()) {
                // personal data (Nghị định 13/2023): kept private, only the drafting body downloads it
                var stored = uploads.storePrivate(attachment.getOriginalFilename() == null ? "gop-y" : attachment.getOriginalFilename(),
                        in, "gop-y-du-thao");
                checked = new NewComment(checked.authorName(), checked.email(), checked.phone(), checked.organisation(),
                        checked.content(), stored.id(), checked.consentVersion(), checked.clientIp());
            } catch (UserInputException e) {
                return refuse(e.status(), "Tệp đính kèm không được chấp nhận: " + e.getMessage(), d, form, response, model, csrf);
            } catch (IOException e) {
                return refuse(400, "Không đọc được tệp đính kèm.", d, form, response, model, csrf);
            }
        }
        try {
            registry.comment(id, checked);
        } catch (UserInputException e) {
            // the window closed between the page and the save: checked again inside the INSERT
            return refuse(e.status(), e.getMessage(), d, form, response, model, csrf);
        }
        return "redirect:" + d.path() + "?da-gui=1#gop-y";
    }

    @GetMapping(PATH + "/{id:\\d{1,18}}/tep/{fileId:\\d{1,18}}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId, @RequestParam(required = false) String xem,
                                  HttpServletRequest request) throws IOException {
        DocumentDraft d = drafts.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
        DocumentFile file = drafts.file(d.id(), fileId).orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm này."));
        boolean preview = xem != null;
        if (preview && !file.pdf()) {
            throw new NotFoundException("Chỉ xem trước được tệp PDF.");
        }
        Path path = FileResponses.path(documents, uploadDir, fileId);
        if (!preview && !stats.visitor(request).bot()) {
            drafts.countDownload(d.id(), fileId);
        }
        return FileResponses.send(file, path, preview);
    }

    private NewComment validate(DraftCommentForm f, String ip, List<String> errors) {
        Contact contact = Contact.check(f.name(), f.email(), f.phone(), errors);
        if (f.organisation().length() > 200) {
            errors.add("Tên cơ quan, tổ chức dài tối đa 200 ký tự.");
        }
        if (f.content().length() < 10 || f.content().length() > 5000) {
            errors.add("Nội dung góp ý phải có từ 10 đến 5.000 ký tự.");
        }
        if (!f.consent()) {
            errors.add("Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP) để gửi ý kiến.");
        }
        return new NewComment(contact.name(), contact.email(), contact.phone(), f.organisation(), f.content(), null, CONSENT_VERSION, ip);
    }

    private String refuse(int status, String message, DocumentDraft d, DraftCommentForm form, HttpServletResponse response, Model model,
                          CsrfToken csrf) {
        response.setStatus(status);
        return page(model, d, form, message, null, csrf);
    }

    private String page(Model model, DocumentDraft d, DraftCommentForm form, String error, String notice, CsrfToken csrf) {
        Instant now = Instant.now();
        boolean open = d.openAt(now);
        model.addAttribute("meta", PageMeta.of(d.heading(), d.abstractText().isBlank() ? d.title() : d.abstractText(), d.path(),
                List.of(new Crumb("Dự thảo văn bản", PATH), Crumb.here(d.title()))));
        model.addAttribute("page", new DraftPage(d, d.phaseAt(now), open, drafts.fullText(d.id()), drafts.fieldsOf(d.id()),
                drafts.files(d.id()), drafts.publishedComments(d.id()), form, open ? stamps.issue(d.id()) : null, CONSENT_TEXT,
                CONSENT_VERSION, error, notice, csrf.getParameterName(), csrf.getToken()));
        return "documents/draft";
    }
}
