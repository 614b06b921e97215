package vn.ntm.portal.documents.domain;

import java.util.Optional;

/** Validity of a document on a day, computed from its dates; {@code code} is the filter's value. */
public enum Validity {
    IN_FORCE("con", "Còn hiệu lực"),
    EXPIRED("het", "Hết hiệu lực"),
    NOT_YET("chua", "Chưa có hiệu lực");

    private final String code;
    private final String label;

    Validity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Validity> byCode(String code) {
        for (Validity v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
