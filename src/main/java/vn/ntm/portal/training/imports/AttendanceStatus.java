package vn.ntm.portal.training.imports;

/** A person's attendance of one session (Moodle's statuses, minus "excused", which is a manual decision). */
public enum AttendanceStatus {
    PRESENT("Có mặt"),
    LATE("Đến muộn"),
    ABSENT("Vắng");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Present or late: counts for certificates. */
    public boolean attended() {
        return this != ABSENT;
    }
}
