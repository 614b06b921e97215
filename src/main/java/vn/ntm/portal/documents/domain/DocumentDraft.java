package vn.ntm.portal.documents.domain;

import java.time.Instant;

/** A draft for public comment ("Dự thảo văn bản"); {@code adoptedPath} is the issued document's page, if linked. */
public record DocumentDraft(long id, String slug, String numberSymbol, long typeId, String typeName, String title,
                            String abstractText, String draftingBody, String examiningBody, CommentWindow window,
                            DraftState state, Long adoptedDocumentId, String adoptedHeading, String adoptedPath,
                            long publishedComments) {

    public String path() {
        return "/du-thao/" + slug + "-" + id;
    }

    /** "Dự thảo Quyết định: Về việc …" (the number, when one is given, after the type). */
    public String heading() {
        return "Dự thảo " + typeName + (numberSymbol.isBlank() ? "" : " số " + numberSymbol) + ": " + title;
    }

    /**
     * The phase shown publicly, computed from the window at {@code now}; a draft the back office has closed
     * (or adopted) has ended whatever its window says.
     */
    public CommentPhase phaseAt(Instant now) {
        if (state == DraftState.CLOSED || state == DraftState.ADOPTED || state == DraftState.WITHDRAWN) {
            return CommentPhase.ENDED;
        }
        return window.phaseAt(now);
    }

    /** Takes comments at {@code now}: published and inside its window. */
    public boolean openAt(Instant now) {
        return state == DraftState.PUBLISHED && window.phaseAt(now) == CommentPhase.OPEN;
    }
}
