package vn.ntm.portal.training.domain;

/** A registration's state. REGISTERED and OFFERED hold a seat of a channel with capacity. */
public enum RegistrationStatus implements Labelled {
    PENDING("Chờ duyệt"),
    REGISTERED("Đã đăng ký"),
    WAITING("Danh sách chờ"),
    OFFERED("Được mời nhận chỗ"),
    EXPIRED("Hết hạn nhận chỗ"),
    WITHDRAWN("Đã hủy đăng ký"),
    REJECTED("Không được duyệt");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
