package vn.ntm.portal.qa.domain;

import java.util.Set;

/** Where a citizen's question stands; the label is what the tracking page shows. */
public enum QaStatus {
    RECEIVED("Đã tiếp nhận"),
    IN_PROGRESS("Đang xử lý"),
    ANSWERED("Đã trả lời"),
    FORWARDED("Chuyển cơ quan khác");

    private final String label;

    QaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the office: counts against the deadline. */
    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS;
    }

    /**
     * The allowed steps: a received question is taken in hand (assigned or drafted), and an open one is
     * answered (an approved answer) or forwarded to another body; answered and forwarded are final.
     */
    public boolean mayMoveTo(QaStatus next) {
        return switch (this) {
            case RECEIVED -> Set.of(IN_PROGRESS, ANSWERED, FORWARDED).contains(next);
            case IN_PROGRESS -> Set.of(ANSWERED, FORWARDED).contains(next);
            case ANSWERED, FORWARDED -> false;
        };
    }

    public static QaStatus parse(String code) {
        for (QaStatus s : values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
