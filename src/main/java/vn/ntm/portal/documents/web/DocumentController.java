package vn.ntm.portal.documents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.UserInputException;

/** The list of issued documents and a document's page. */
@Controller
class DocumentController {

    private static final Pattern SLUG_ID = Pattern.compile("^(?:([a-z0-9-]{0,300})-)?(\\d{1,18})$");
    private static final int PAGE_SIZE = 20;

    private final DocumentStore documents;

    DocumentController(DocumentStore documents) {
        this.documents = documents;
    }

    @GetMapping("/van-ban")
    String list(@RequestParam(defaultValue = "1") String trang, Model model) {
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(trang);
        var paging = new Paging<>(documents.latest(Paging.offset(page, PAGE_SIZE), PAGE_SIZE), page, PAGE_SIZE, documents.count());
        if (page > paging.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
        model.addAttribute("meta", PageMeta.of("Văn bản ban hành", "Danh sách văn bản chỉ đạo, điều hành về xây dựng nông thôn mới.",
                page == 1 ? "/van-ban" : "/van-ban?trang=" + page, List.of(Crumb.here("Văn bản ban hành"))));
        model.addAttribute("documents", new DocumentListView(paging, LocalDate.now(VietnameseFormat.ZONE)));
        return "documents/list";
    }

    @GetMapping("/van-ban/{slugId}")
    Object show(@PathVariable String slugId, Model model) {
        Matcher m = SLUG_ID.matcher(slugId);
        if (!m.matches()) {
            throw new NotFoundException("Không tìm thấy văn bản này.");
        }
        LegalDocument doc = documents.find(Long.parseLong(m.group(2)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản này."));
        if (!slugId.equals(doc.slug() + "-" + doc.id())) {
            return ResponseEntity.status(301).header(HttpHeaders.LOCATION, doc.path()).build();
        }
        model.addAttribute("meta", PageMeta.of(doc.heading(), doc.abstractText(), doc.path(),
                List.of(new Crumb("Văn bản ban hành", "/van-ban"), Crumb.here(doc.heading()))));
        model.addAttribute("doc", new DocumentView(doc, doc.validity(LocalDate.now(VietnameseFormat.ZONE))));
        return "documents/show";
    }
}
