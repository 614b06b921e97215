package vn.ntm.portal.news.editorial;

/** A step of the editorial workflow, with the button label shown for it. */
public enum WorkflowAction {
    SUBMIT("Gửi duyệt", Capability.WRITE),
    APPROVE("Duyệt", Capability.REVIEW),
    RETURN("Trả lại", Capability.REVIEW),
    SCHEDULE("Hẹn giờ đăng", Capability.PUBLISH),
    UNSCHEDULE("Huỷ hẹn giờ", Capability.PUBLISH),
    PUBLISH("Đăng ngay", Capability.PUBLISH),
    ARCHIVE("Hết hạn, lưu trữ", Capability.PUBLISH),
    WITHDRAW("Gỡ bài", Capability.PUBLISH),
    REOPEN("Mở lại thành bản nháp", Capability.PUBLISH);

    private final String label;
    private final Capability needs;

    WorkflowAction(String label, Capability needs) {
        this.label = label;
        this.needs = needs;
    }

    public String label() {
        return label;
    }

    /** The capability in the article's category this step needs (authors submitting their own work need WRITE). */
    public Capability needs() {
        return needs;
    }

    /** The lower-case name used in URLs and forms. */
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
