package vn.ntm.portal.accounts;

/**
 * Role codes (table {@code role}). A module adding a role inserts its row in its own migration and
 * its constant in its own API. Spring Security sees each as the authority {@code ROLE_<code>}.
 */
public final class Roles {

    /** Quản trị hệ thống: everything, including users and the audit log. */
    public static final String ADMIN = "QUAN_TRI";
    /** Biên tập viên. */
    public static final String EDITOR = "BIEN_TAP";
    /** Phóng viên / Cộng tác viên. */
    public static final String REPORTER = "PHONG_VIEN";

    private Roles() {
    }

    /** The Spring Security authority of a role code. */
    public static String authority(String roleCode) {
        return "ROLE_" + roleCode;
    }
}
