package vn.ntm.portal.training.imports;

/**
 * When a person counts as present: at least {@code presentMinutes} minutes, or at least {@code presentPercent} % of
 * the session (either suffices; 0 switches a criterion off). Present but first joined more than
 * {@code lateAfterMinutes} after the start is late (0 switches lateness off).
 */
public record AttendanceRules(int presentMinutes, int presentPercent, int lateAfterMinutes) {

    public AttendanceRules {
        if (presentMinutes < 0 || presentPercent < 0 || presentPercent > 100 || lateAfterMinutes < 0) {
            throw new IllegalArgumentException("invalid attendance rules");
        }
        if (presentMinutes == 0 && presentPercent == 0) {
            throw new IllegalArgumentException("at least one presence criterion is needed");
        }
    }

    /** 60 % of the session, late after 15 minutes. */
    public static AttendanceRules defaults() {
        return new AttendanceRules(0, 60, 15);
    }
}
