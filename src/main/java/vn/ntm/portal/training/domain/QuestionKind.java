package vn.ntm.portal.training.domain;

/** A custom question's type. */
public enum QuestionKind implements Labelled {
    TEXT("Văn bản"),
    SINGLE("Chọn một"),
    MULTI("Chọn nhiều"),
    NUMBER("Số"),
    DATE("Ngày"),
    YES_NO("Có / Không");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
