package vn.ntm.portal.training.domain;

/** Cấp công tác (the district level was abolished in 2025). */
public enum Level implements Labelled {
    TRUNG_UONG("Trung ương"),
    TINH("Tỉnh"),
    XA("Xã");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
