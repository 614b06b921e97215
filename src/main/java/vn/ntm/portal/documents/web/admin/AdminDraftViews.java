package vn.ntm.portal.documents.web.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.DraftComment;
import vn.ntm.portal.shared.Paging;

/** What the back office's draft screens show. */
public final class AdminDraftViews {

    private AdminDraftViews() {
    }

    /** The list of drafts. */
    public record ListView(Paging<DocumentDraft> paging, String q, Instant now) {
        public String pageHref(int n) {
            String query = q.isEmpty() ? "" : "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
            String page = n > 1 ? "trang=" + n : "";
            String all = query.isEmpty() ? page : page.isEmpty() ? query : query + "&" + page;
            return all.isEmpty() ? DocumentAdminMenu.DRAFTS : DocumentAdminMenu.DRAFTS + "?" + all;
        }
    }

    /** The create/edit form; {@code draft} is null for a new one. */
    public record FormView(DocumentDraft draft, DraftForm form, List<DocumentType> types, List<DocumentField> fields,
                           List<DocumentFile> files, Map<DraftComment.Status, Long> counts, Instant now) {
        public String action() {
            return draft == null ? DocumentAdminMenu.DRAFTS + "/moi" : DocumentAdminMenu.DRAFTS + "/" + draft.id();
        }
    }

    /** The comments of a draft for moderation, filtered by status (null: all). */
    public record CommentsView(DocumentDraft draft, List<DraftComment> comments, DraftComment.Status status,
                               Map<DraftComment.Status, Long> counts) {
        public String statusCode() {
            return status == null ? "" : status.code();
        }
    }
}
