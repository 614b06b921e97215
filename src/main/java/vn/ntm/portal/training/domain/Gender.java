package vn.ntm.portal.training.domain;

/** Giới tính. */
public enum Gender implements Labelled {
    NAM("Nam"),
    NU("Nữ"),
    KHAC("Khác");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
