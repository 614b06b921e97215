package vn.ntm.portal.training.domain;

/** Where a question per topic came from. */
public enum AskSource implements Labelled {
    SITE("Gửi trên trang"),
    REGISTRATION("Phiếu đăng ký"),
    ZOOM("Hỏi đáp Zoom");

    private final String label;

    AskSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
