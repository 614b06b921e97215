package vn.ntm.portal.accounts;

/** What a user may be allowed to do with the articles of one category (table {@code category_permission}). */
public enum CategoryAction {
    CREATE("can_create", "Viết bài"),
    APPROVE("can_approve", "Duyệt"),
    PUBLISH("can_publish", "Xuất bản"),
    EDIT("can_edit", "Sửa"),
    DELETE("can_delete", "Xóa");

    private final String column;
    private final String label;

    CategoryAction(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The permission column; a fixed identifier, never user input. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }
}
