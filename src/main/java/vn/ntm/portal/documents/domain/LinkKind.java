package vn.ntm.portal.documents.domain;

import java.util.Optional;

/**
 * How one document acts on another. A link is stored once, from the acting document; each side reads it
 * with its own wording: "Thay thế" on the acting document, "Bị thay thế bởi" on the other.
 */
public enum LinkKind {
    REPLACES("thay-the", "Thay thế", "Bị thay thế bởi"),
    AMENDS("sua-doi", "Sửa đổi", "Được sửa đổi bởi"),
    SUPPLEMENTS("bo-sung", "Bổ sung", "Được bổ sung bởi"),
    RELATED("lien-quan", "Liên quan", "Liên quan");

    private final String code;
    private final String forward;
    private final String inverse;

    LinkKind(String code, String forward, String inverse) {
        this.code = code;
        this.forward = forward;
        this.inverse = inverse;
    }

    /** The form value, e.g. "thay-the". */
    public String code() {
        return code;
    }

    /** The wording on the document the link starts from. */
    public String forward() {
        return forward;
    }

    /** The wording on the document the link points at. */
    public String inverse() {
        return inverse;
    }

    /** The wording as seen from one side: {@code fromSide} is true on the acting document. */
    public String label(boolean fromSide) {
        return fromSide ? forward : inverse;
    }

    public static Optional<LinkKind> byCode(String code) {
        for (LinkKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
