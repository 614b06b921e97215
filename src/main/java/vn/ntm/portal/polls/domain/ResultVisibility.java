package vn.ntm.portal.polls.domain;

import java.util.Arrays;
import java.util.Optional;

/** When the public sees a poll's results. */
public enum ResultVisibility {
    ALWAYS("Luôn hiển thị"),
    AFTER_VOTE("Sau khi người xem đã bình chọn"),
    AFTER_CLOSE("Sau khi kết thúc");

    private final String label;

    ResultVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ResultVisibility> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }

    /** Whether results are shown to someone who has (or has not) voted, given the poll's status. */
    public boolean shows(PollStatus status, boolean voted) {
        return switch (this) {
            case ALWAYS -> true;
            case AFTER_VOTE -> voted || status == PollStatus.CLOSED;
            case AFTER_CLOSE -> status == PollStatus.CLOSED;
        };
    }
}
