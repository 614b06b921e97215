package vn.ntm.portal.training.web;

import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.internal.ImportStore.ReviewRow;
import vn.ntm.portal.training.internal.ImportStore.Suggestion;

/** The review queue of a session: unmatched Zoom people with the reason and suggestions, and a registration search. */
public record ReviewPage(Programme programme, Session session, List<ReviewRow> rows, long total, int page, int pages, String query,
                         List<Suggestion> found, String notice, String error) {

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id() + "/diem-danh/doi-chieu";
    }

    public String totalText() {
        return VietnameseFormat.number(total);
    }

    public String pageLink(int n) {
        return base() + "?buoi=" + session.id() + "&trang=" + n
                + (query.isEmpty() ? "" : "&tim=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Where a decision returns to: the same page of the queue, with the same search. */
    public String back() {
        return pageLink(page);
    }
}
