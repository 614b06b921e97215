package vn.ntm.portal.training.imports;

/** How a Zoom person was matched to a registration, strongest first. */
public enum MatchMethod {
    EMAIL("Trùng e-mail"),
    PHONE("Trùng số điện thoại"),
    NAME("Trùng họ tên trong cùng tỉnh"),
    MANUAL("Ghép thủ công");

    private final String label;

    MatchMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
