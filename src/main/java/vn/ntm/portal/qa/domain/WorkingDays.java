package vn.ntm.portal.qa.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The Vietnamese working-day calendar: Monday to Friday, except public holidays (kept as data in
 * {@code public_holiday}). Pure: the holidays are given.
 */
public final class WorkingDays {

    /** Working days an agency has to answer a citizen's question, counted from the day after receipt. */
    public static final int ANSWER_DEADLINE = 15;
    /** A question is "due soon" when at most this many working days are left. */
    public static final int DUE_SOON = 3;

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself never counts, so a question
     * received on a Sunday or during Tết starts counting at the first working day after it).
     */
    public LocalDate plus(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The due date of a question received on {@code receivedOn}: {@value #ANSWER_DEADLINE} working days later. */
    public LocalDate dueDate(LocalDate receivedOn) {
        return plus(receivedOn, ANSWER_DEADLINE);
    }

    /**
     * Working days left from {@code today} until {@code due}: the working days in (today, due]; 0 on the
     * due date itself; negative (minus the working days since) once it has passed.
     */
    public int left(LocalDate today, LocalDate due) {
        if (today.isAfter(due)) {
            return -count(due, today);
        }
        return count(today, due);
    }

    /** The last day that still counts as "due soon" seen from {@code today}. */
    public LocalDate dueSoonUntil(LocalDate today) {
        return plus(today, DUE_SOON);
    }

    /** Working days in (from, to]. */
    private int count(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
