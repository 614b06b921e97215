package vn.ntm.portal.documents.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.shared.Paging;

/** A page of the back office's document list. */
public record AdminDocumentList(Paging<LegalDocument> paging, String q, LocalDate today) {

    public String pageHref(int page) {
        return "/quan-tri/van-ban?" + (q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&") + "trang=" + page;
    }
}
