package vn.ntm.portal.training.domain;

/** A programme's state: drafts are not public; registration is open only while published. */
public enum ProgrammeStatus implements Labelled {
    DRAFT("Bản nháp"),
    PUBLISHED("Đã công bố"),
    CLOSED("Đã kết thúc"),
    ARCHIVED("Lưu trữ");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
