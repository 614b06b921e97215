package vn.ntm.portal.polls.domain;

/** Where a poll stands at a given instant. */
public enum PollStatus {
    UPCOMING("Chưa mở"), OPEN("Đang mở"), CLOSED("Đã đóng");

    private final String label;

    PollStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
