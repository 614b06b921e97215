package vn.ntm.portal.training.domain;

import java.time.Instant;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A feedback survey ("phiếu khảo sát") of a programme, of one of its sessions, topics or speakers, tagged with a
 * Kirkpatrick level (1 Phản ứng, 2 Học tập, 3 Hành vi, 4 Kết quả) and a timing. An anonymous survey keeps no
 * registration with its responses; an identified one keeps one response per registration.
 */
public record Survey(long id, long programmeId, Scope scope, Long sessionId, Long topicId, Long speakerId, String title, String intro,
                     int kirkpatrick, Timing timing, boolean anonymous, Status status, Instant opensAt, Instant closesAt) {

    public enum Scope implements Labelled {
        PROGRAMME("Cả chương trình"), SESSION("Buổi"), TOPIC("Chuyên đề"), SPEAKER("Báo cáo viên");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Timing implements Labelled {
        PRE("Trước khóa học"), POST("Sau khóa học"), FOLLOW_UP("Theo dõi sau khóa học");

        private final String label;

        Timing(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status implements Labelled {
        DRAFT("Bản nháp"), OPEN("Đang mở"), CLOSED("Đã đóng");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Whether responses are taken now: open, and within its dates when they are set. */
    public boolean acceptsAt(Instant now) {
        return status == Status.OPEN && (opensAt == null || !opensAt.isAfter(now)) && (closesAt == null || closesAt.isAfter(now));
    }

    /** Why responses are not taken now, in Vietnamese, or null when they are. */
    public String closedReason(Instant now) {
        if (acceptsAt(now)) {
            return null;
        }
        if (status == Status.OPEN && opensAt != null && opensAt.isAfter(now)) {
            return "Phiếu khảo sát chưa mở (mở từ " + VietnameseFormat.dateTime(opensAt) + ").";
        }
        return "Phiếu khảo sát đã đóng, không nhận thêm ý kiến.";
    }

    /** "Cấp độ 1 – Phản ứng". */
    public String levelText() {
        return levelLabel(kirkpatrick);
    }

    public static String levelLabel(int level) {
        return "Cấp độ " + level + " – " + switch (level) {
            case 1 -> "Phản ứng";
            case 2 -> "Học tập";
            case 3 -> "Hành vi";
            default -> "Kết quả";
        };
    }

    public String opensText() {
        return opensAt == null ? "" : VietnameseFormat.dateTime(opensAt);
    }

    public String closesText() {
        return closesAt == null ? "" : VietnameseFormat.dateTime(closesAt);
    }
}
