package vn.ntm.portal.training;

/** The role this module adds (table {@code role}, migration V24). */
public final class TrainingRoles {

    /** Quản lý tập huấn: programmes, their structure and registrations. Administrators can do the same. */
    public static final String MANAGER = "TAP_HUAN";

    private TrainingRoles() {
    }
}
