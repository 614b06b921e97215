package vn.ntm.portal.training.domain;

/** The channel a registrant follows the series on. */
public enum Delivery implements Labelled {
    ZOOM("Zoom (tương tác trực tiếp)"),
    YOUTUBE("Xem trực tiếp trên YouTube"),
    FACEBOOK("Xem trực tiếp trên Facebook");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
