package vn.ntm.portal.demo.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Publication times for article number i of n: spread over the last five years, more of them in
 * recent years and on working days, at office hours in Vietnam, in the order of i, never in the future.
 */
final class PublishTimes {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int YEARS = 5;
    /** Relative weight of each hour 7..17 (lunch break at 12, peaks mid-morning and mid-afternoon). */
    private static final int[] HOUR_WEIGHTS = {6, 12, 14, 14, 10, 3, 5, 12, 13, 10, 5};
    private static final int HOUR_WEIGHT_SUM = Arrays.stream(HOUR_WEIGHTS).sum();

    private final Instant now;
    private final LocalDate firstDay;
    private final double[] cumulative;
    private final int total;

    PublishTimes(Instant now, int total) {
        this.now = now;
        this.total = Math.max(1, total);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        this.firstDay = today.minusYears(YEARS);
        int days = (int) ChronoUnit.DAYS.between(firstDay, today) + 1;
        cumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            double growth = 0.55 + 0.9 * d / Math.max(1, days - 1);
            sum += growth * dayWeight(firstDay.plusDays(d).getDayOfWeek());
            cumulative[d] = sum;
        }
    }

    /** The time of article {@code index}; later indexes get later days. */
    Instant at(int index, RandomGenerator random) {
        double target = (index + random.nextDouble()) / total * cumulative[cumulative.length - 1];
        int day = Arrays.binarySearch(cumulative, target);
        day = Math.min(cumulative.length - 1, day >= 0 ? day : -day - 1);
        ZonedDateTime t = firstDay.plusDays(day).atStartOfDay(ZONE)
                .withHour(officeHour(random)).withMinute(random.nextInt(60)).withSecond(random.nextInt(60));
        // today's office hours may still lie ahead: step back a day at a time, keeping the hour
        while (!t.toInstant().isBefore(now.minusSeconds(60))) {
            t = t.minusDays(1);
        }
        return t.toInstant();
    }

    private static double dayWeight(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> 0.3;
            case SUNDAY -> 0.12;
            default -> 1.0;
        };
    }

    private static int officeHour(RandomGenerator random) {
        int pick = random.nextInt(HOUR_WEIGHT_SUM);
        for (int h = 0; h < HOUR_WEIGHTS.length; h++) {
            pick -= HOUR_WEIGHTS[h];
            if (pick < 0) {
                return 7 + h;
            }
        }
        return 9;
    }
}
