package vn.ntm.portal.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.feedback.HelpfulNotice;
import vn.ntm.portal.feedback.HelpfulView;
import vn.ntm.portal.feedback.Helpfulness;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;

/** The list of issued documents with its filters, a document's page, and its attached files. */
@Controller
class DocumentController {

    private static final Pattern SLUG_ID = Pattern.compile("^(?:([a-z0-9-]{0,300})-)?(\\d{1,18})$");
    private static final int PAGE_SIZE = 20;

    private final DocumentStore documents;
    private final StatsApi stats;
    private final ViewThrottle views;
    private final Path uploadDir;
    private final Helpfulness helpfulness;

    DocumentController(DocumentStore documents, StatsApi stats, ViewThrottle views, Helpfulness helpfulness,
                       @Value("${ntm.upload-dir:data/uploads}") Path uploadDir) {
        this.documents = documents;
        this.stats = stats;
        this.views = views;
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
        this.helpfulness = helpfulness;
    }

    @GetMapping("/van-ban")
    String list(HttpServletRequest request, Model model) {
        DocumentFilter filter = DocumentFilter.parse(request, documents);
        LocalDate today = LocalDate.now(VietnameseFormat.ZONE);
        int page = filter.page();
        var paging = new Paging<>(documents.search(filter.query(), today, Paging.offset(page, PAGE_SIZE), PAGE_SIZE), page, PAGE_SIZE,
                documents.count(filter.query(), today));
        if (page > paging.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
        model.addAttribute("meta", PageMeta.of("Văn bản ban hành", "Danh sách văn bản chỉ đạo, điều hành về xây dựng nông thôn mới.",
                filter.pageHref(page), List.of(Crumb.here("Văn bản ban hành"))));
        model.addAttribute("documents", new DocumentListView(paging, today, filter, documents.types(), documents.fieldTree(),
                documents.issuingBodies(), documents.signers(), documents.years()));
        return "documents/list";
    }

    @GetMapping("/van-ban/{slugId}")
    Object show(@PathVariable String slugId, @RequestParam(name = HelpfulNotice.PARAM, required = false) String helpful,
                CsrfToken csrf, HttpServletRequest request, Model model) {
        Matcher m = SLUG_ID.matcher(slugId);
        if (!m.matches()) {
            throw new NotFoundException("Không tìm thấy văn bản này.");
        }
        LegalDocument doc = documents.find(Long.parseLong(m.group(2)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản này."));
        if (!slugId.equals(doc.slug() + "-" + doc.id())) {
            return ResponseEntity.status(301).header(HttpHeaders.LOCATION, doc.path()).build();
        }
        var visitor = stats.visitor(request);
        if (views.counts(doc.id(), visitor) && !stats.excluded(visitor)) {
            documents.countView(doc.id());
        }
        stats.documentViewed(doc.id(), visitor);
        LocalDate today = LocalDate.now(VietnameseFormat.ZONE);
        model.addAttribute("meta", PageMeta.of(doc.heading(), doc.abstractText(), doc.path(),
                List.of(new Crumb("Văn bản ban hành", "/van-ban"), Crumb.here(doc.heading()))));
        model.addAttribute("doc", new DocumentView(documents.detail(doc), doc.validityOn(today), today));
        model.addAttribute("helpful", HelpfulView.of(DocumentHelpfulTarget.TYPE, doc.id(), csrf.getParameterName(), csrf.getToken(),
                helpful, helpfulness.counts(DocumentHelpfulTarget.TYPE, doc.id())));
        return "documents/show";
    }

    /**
     * An attached file of a published document. {@code xem} shows a PDF inline for the in-page preview (not
     * counted); otherwise the file is downloaded and counted. Never under {@code /uploads/}'s sandbox policy,
     * which stops Chrome showing a PDF in a frame; this one allows viewing and nothing else.
     */
    @GetMapping("/van-ban/{id:\\d{1,18}}/tep/{fileId:\\d{1,18}}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId, @RequestParam(required = false) String xem,
                                  HttpServletRequest request) throws IOException {
        LegalDocument doc = documents.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản này."));
        DocumentFile file = documents.file(doc.id(), fileId).orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm này."));
        boolean preview = xem != null;
        if (preview && !file.pdf()) {
            throw new NotFoundException("Chỉ xem trước được tệp PDF.");
        }
        Path path = FileResponses.path(documents, uploadDir, fileId);
        if (!preview && !stats.visitor(request).bot()) {
            documents.countDownload(doc.id(), fileId);
        }
        return FileResponses.send(file, path, preview);
    }
}
