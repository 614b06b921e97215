package vn.ntm.portal.training.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * One person's attendance of one session.
 *
 * @param seconds union of the intervals clipped to the session
 * @param minutes {@code seconds / 60} rounded down (a person is never credited time not spent)
 * @param percent share of the session, 0–100, rounded down
 * @param firstJoin earliest join inside the window (clipped to the start), or null when never inside
 */
public record Attendance(long seconds, long minutes, int percent, Instant firstJoin, AttendanceStatus status) {

    /** Computes the attendance of the intervals of one person in {@code session} under {@code rules}. */
    public static Attendance of(Collection<Interval> intervals, Interval session, AttendanceRules rules) {
        long seconds = IntervalUnion.seconds(intervals, session);
        long sessionSeconds = session.length().getSeconds();
        Instant first = null;
        for (Interval i : intervals) {
            if (i.end().isAfter(session.start()) && i.start().isBefore(session.end())) {
                Instant s = i.start().isBefore(session.start()) ? session.start() : i.start();
                if (first == null || s.isBefore(first)) {
                    first = s;
                }
            }
        }
        int percent = sessionSeconds == 0 ? 0 : (int) (seconds * 100 / sessionSeconds);
        long minutes = seconds / 60;
        boolean present = (rules.presentMinutes() > 0 && minutes >= rules.presentMinutes())
                || (rules.presentPercent() > 0 && sessionSeconds > 0 && seconds * 100 >= rules.presentPercent() * sessionSeconds);
        AttendanceStatus status;
        if (!present) {
            status = AttendanceStatus.ABSENT;
        } else if (rules.lateAfterMinutes() > 0
                && Duration.between(session.start(), first).getSeconds() > rules.lateAfterMinutes() * 60L) {
            status = AttendanceStatus.LATE;
        } else {
            status = AttendanceStatus.PRESENT;
        }
        return new Attendance(seconds, minutes, percent, first, status);
    }
}
