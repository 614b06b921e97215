package vn.ntm.portal.documents.web;

import java.util.List;
import vn.ntm.portal.documents.domain.CommentPhase;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DraftComment;

/**
 * A draft's public page: the draft, its phase now, files, published comments, and the comment form while open
 * ({@code open}); {@code notice} after a comment was sent, {@code error} after a refusal.
 */
public record DraftPage(DocumentDraft draft, CommentPhase phase, boolean open, String fullText, List<DocumentField> fields,
                        List<DocumentFile> files, List<DraftComment> comments, DraftCommentForm form, String stamp,
                        String consentText, String consentVersion, String error, String notice, String csrfParam, String csrfToken) {

    /** The first PDF, shown in the page. */
    public DocumentFile preview() {
        return files.stream().filter(DocumentFile::pdf).findFirst().orElse(null);
    }

    public String commentAction() {
        return "/du-thao/" + draft.id() + "/gop-y";
    }
}
