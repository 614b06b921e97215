package vn.ntm.portal.documents.domain;

/** A stored link seen from one document: {@code other} is the document at the other end. */
public record DocumentLink(long id, LinkKind kind, boolean fromSide, LegalDocument other) {

    public String label() {
        return kind.label(fromSide);
    }
}
