package vn.ntm.portal.documents.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.ntm.portal.documents.domain.CommentPhase;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.shared.Paging;

/** A page of public drafts with the filter ({@code q}, {@code trang-thai}); {@code now} decides each one's phase. */
public record DraftListView(Paging<DocumentDraft> paging, String query, CommentPhase phase, Instant now) {

    public String phaseCode() {
        return phase == null ? "" : phase.code();
    }

    public boolean filtered() {
        return !query.isEmpty() || phase != null;
    }

    public String pageHref(int n) {
        StringBuilder b = new StringBuilder();
        if (!query.isEmpty()) {
            b.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (phase != null) {
            b.append("&trang-thai=").append(phase.code());
        }
        if (n > 1) {
            b.append("&trang=").append(n);
        }
        return b.isEmpty() ? "/du-thao" : "/du-thao?" + b.substring(1);
    }
}
