package vn.ntm.portal.training.domain;

/** Đối tượng: the participant mix the closing report counts. */
public enum Category implements Labelled {
    PRODUCER("Chủ thể sản xuất OCOP"),
    OFFICIAL("Cán bộ quản lý, chuyên môn"),
    OTHER("Khác (tư vấn, giảng viên, sinh viên…)");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
