package vn.ntm.portal.documents.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a draft stands against its comment window at a given instant, as the public site shows it. */
public enum CommentPhase {
    NOT_YET("chua", "Chưa đến thời hạn lấy ý kiến", "Dự thảo này chưa đến thời hạn lấy ý kiến."),
    OPEN("dang", "Đang lấy ý kiến", null),
    ENDED("het", "Hết hạn lấy ý kiến", "Dự thảo này đã hết hạn lấy ý kiến.");

    private final String code;
    private final String label;
    private final String refusal;

    CommentPhase(String code, String label, String refusal) {
        this.code = code;
        this.label = label;
        this.refusal = refusal;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Why a comment is refused in this phase (null while open). */
    public String refusal() {
        return refusal;
    }

    public static Optional<CommentPhase> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
