package vn.ntm.portal.training.domain;

/** Moderation state of a question per topic; a new question is PENDING. */
public enum AskStatus implements Labelled {
    PENDING("Chờ duyệt"),
    APPROVED("Đã duyệt"),
    REJECTED("Không duyệt");

    private final String label;

    AskStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
