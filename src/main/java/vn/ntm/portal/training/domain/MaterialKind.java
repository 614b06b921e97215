package vn.ntm.portal.training.domain;

/** A topic's material. */
public enum MaterialKind implements Labelled {
    SLIDES("Bài trình chiếu"),
    DOCUMENT("Tài liệu"),
    RECORDING("Bản ghi hình"),
    LINK("Liên kết");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
