package vn.ntm.portal.training.domain;

/** The kind of OCOP producer (chủ thể). */
public enum ProducerType implements Labelled {
    DOANH_NGHIEP("Doanh nghiệp"),
    HTX("Hợp tác xã"),
    TO_HOP_TAC("Tổ hợp tác"),
    HO_SAN_XUAT("Hộ sản xuất, kinh doanh");

    private final String label;

    ProducerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
