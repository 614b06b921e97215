package vn.ntm.portal.training.imports;

/** Why a Zoom person waits in the manual review queue. */
public enum ReviewReason {
    NOT_FOUND("Không tìm thấy người đăng ký tương ứng"),
    AMBIGUOUS("Có nhiều người đăng ký có thể tương ứng"),
    NO_PROVINCE("Trùng họ tên nhưng không xác định được tỉnh để đối chiếu");

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
