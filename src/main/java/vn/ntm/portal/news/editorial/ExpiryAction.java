package vn.ntm.portal.news.editorial;

/** What happens to a published article when its expiry time passes. */
public enum ExpiryAction {
    ARCHIVE("Lưu trữ", WorkflowAction.ARCHIVE),
    WITHDRAW("Gỡ bỏ", WorkflowAction.WITHDRAW);

    private final String label;
    private final WorkflowAction step;

    ExpiryAction(String label, WorkflowAction step) {
        this.label = label;
        this.step = step;
    }

    public String label() {
        return label;
    }

    public WorkflowAction step() {
        return step;
    }
}
