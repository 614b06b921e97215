package vn.ntm.portal.training.imports;

/** Where anonymous reach is counted. */
public enum Platform {
    ZOOM("Zoom"), YOUTUBE("YouTube"), FACEBOOK("Facebook");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
