package vn.ntm.portal.news.editorial;

/** Editorial statuses, as stored in {@code article.status}. */
public enum ArticleStatus {
    DRAFT("Bản nháp"),
    SUBMITTED("Chờ duyệt"),
    RETURNED("Bị trả lại"),
    APPROVED("Đã duyệt"),
    SCHEDULED("Hẹn giờ đăng"),
    PUBLISHED("Đã đăng"),
    EXPIRED("Hết hạn (lưu trữ)"),
    WITHDRAWN("Đã gỡ");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
