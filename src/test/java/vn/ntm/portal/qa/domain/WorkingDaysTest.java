package vn.ntm.portal.qa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** The 2026 holidays as seeded by V16 (Tết Nguyên đán 14/2–22/2). */
    private static final WorkingDays CALENDAR_2026 = new WorkingDays(holidays2026());

    private static Set<LocalDate> holidays2026() {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(2026, 1, 1));
        for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
            days.add(d);
        }
        days.add(LocalDate.of(2026, 4, 26));
        days.add(LocalDate.of(2026, 4, 27));
        days.add(LocalDate.of(2026, 4, 30));
        days.add(LocalDate.of(2026, 5, 1));
        days.add(LocalDate.of(2026, 9, 1));
        days.add(LocalDate.of(2026, 9, 2));
        return days;
    }

    @Test
    void fifteenWorkingDaysWithoutHolidaysAreThreeWeeks() {
        // Monday 2 March 2026 → Monday 23 March 2026
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void tetIsSkipped() {
        // received Thursday 12/2/2026: 13/2 is day 1, Tết 14–22/2, then 23/2 … 13/3 are days 2–15 minus one: due 12/3
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 3, 12));
        // received Friday 13/2/2026: the count starts on Monday 23/2, due Friday 13/3
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void aQuestionReceivedOnAHolidayOrAWeekendStartsAtTheNextWorkingDay() {
        // during Tết (Tuesday 17/2/2026) and on the Sunday after it: same due date as one sent on 13/2
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 2, 22))).isEqualTo(LocalDate.of(2026, 3, 13));
        // Saturday 7/3/2026 and Sunday 8/3/2026 → count from Monday 9/3 → Friday 27/3
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 3, 8))).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void holidaysInTheMiddleOfTheCountAreSkipped() {
        // received Monday 20/4/2026: 21–24/4 (4), 27/4 off (Giỗ Tổ falls on Sunday 26/4), 28–29/4 (6),
        // 30/4 and 1/5 off, 4–8/5 (11), 11–14/5 (15)
        assertThat(CALENDAR_2026.dueDate(LocalDate.of(2026, 4, 20))).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 2, 28))).as("a Saturday").isFalse();
    }

    @Test
    void withoutHolidaysOnlyWeekendsCount() {
        WorkingDays none = new WorkingDays(Set.of());
        assertThat(none.dueDate(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void daysLeftAndDueSoon() {
        LocalDate due = LocalDate.of(2026, 3, 13);
        assertThat(CALENDAR_2026.left(LocalDate.of(2026, 3, 13), due)).isZero();
        assertThat(CALENDAR_2026.left(LocalDate.of(2026, 3, 10), due)).isEqualTo(3);
        assertThat(CALENDAR_2026.left(LocalDate.of(2026, 3, 6), due)).as("Friday → next Friday").isEqualTo(5);
        assertThat(CALENDAR_2026.left(LocalDate.of(2026, 3, 16), due)).as("one working day late").isEqualTo(-1);
        assertThat(CALENDAR_2026.dueSoonUntil(LocalDate.of(2026, 2, 12))).as("13/2, then 23/2, 24/2").isEqualTo(LocalDate.of(2026, 2, 24));
    }
}
