package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private final DateTimes monthFirst = new DateTimes(ImportOptions.VIETNAM, false);
    private final DateTimes dayFirst = new DateTimes(ImportOptions.VIETNAM, true);

    @Test
    void readsEveryZoomForm() {
        assertThat(monthFirst.parse("03/28/2020 08:07:27 AM")).isEqualTo(vn(2020, 3, 28, 8, 7, 27));
        assertThat(monthFirst.parse("03/28/2020 08:07:27 PM")).isEqualTo(vn(2020, 3, 28, 20, 7, 27));
        assertThat(monthFirst.parse("03/28/2020 12:07 AM")).isEqualTo(vn(2020, 3, 28, 0, 7));
        assertThat(monthFirst.parse("03/28/2020 12:07 PM")).isEqualTo(vn(2020, 3, 28, 12, 7));
        assertThat(dayFirst.parse("28/03/2020 18:07:27")).isEqualTo(vn(2020, 3, 28, 18, 7, 27));
        assertThat(monthFirst.parse("Mar 28, 2020 08:07:27")).isEqualTo(vn(2020, 3, 28, 8, 7, 27));
        assertThat(monthFirst.parse("Mar 23, 2025 6:26 PM")).isEqualTo(vn(2025, 3, 23, 18, 26));
        assertThat(monthFirst.parse("September 28 2021 07:00")).isEqualTo(vn(2021, 9, 28, 7, 0));
        assertThat(monthFirst.parse("Oct 5, 2021")).isEqualTo(vn(2021, 10, 5, 0, 0));
        assertThat(monthFirst.parse("2025-03-23T18:26:00")).isEqualTo(vn(2025, 3, 23, 18, 26));
        assertThat(monthFirst.parse("2025-03-23 18:26")).isEqualTo(vn(2025, 3, 23, 18, 26));
        assertThat(monthFirst.parse("2025-03-23")).isEqualTo(vn(2025, 3, 23, 0, 0));
        assertThat(monthFirst.parse("2025-03-23T11:26:00Z")).isEqualTo(vn(2025, 3, 23, 18, 26));
        assertThat(monthFirst.parse("2025-03-23T18:26:00+07:00")).isEqualTo(vn(2025, 3, 23, 18, 26));
    }

    @Test
    void usesTheGivenZone() {
        DateTimes utc = new DateTimes(ZoneId.of("UTC"), false);
        assertThat(utc.parse("03/28/2020 08:07:27 AM")).isEqualTo(LocalDateTime.of(2020, 3, 28, 8, 7, 27).toInstant(ZoneOffset.UTC));
        DateTimes paris = new DateTimes(ZoneId.of("Europe/Paris"), false);
        assertThat(paris.parse("03/28/2020 08:07:27 AM")).isEqualTo(Instant.parse("2020-03-28T07:07:27Z"));
    }

    @Test
    void theCachedOffsetAgreesWithAtZoneAcrossDaylightSavingChanges() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        DateTimes d = new DateTimes(paris, false);
        for (String text : new String[] {"03/28/2021 01:59:59", "03/28/2021 02:30:00", "03/28/2021 03:00:00", "03/28/2021 01:00:00",
            "10/31/2021 02:30:00", "10/31/2021 02:59:59", "10/31/2021 03:00:00", "10/31/2021 01:30:00", "03/28/2021 02:10:00"}) {
            assertThat(d.parse(text)).as(text).isEqualTo(d.parseLocal(text).atZone(paris).toInstant());
        }
    }

    @Test
    void refusesWhatFitsNoFormOrNoCalendar() {
        assertThat(monthFirst.parse("09/31/2021 08:00:00 AM")).isNull();
        assertThat(monthFirst.parse("13/03/2021 08:00:00")).isNull();
        assertThat(monthFirst.parse("hôm qua")).isNull();
        assertThat(monthFirst.parse("03/28/2020 13:07 PM")).isNull();
        assertThat(monthFirst.parse("03/28/2020 08:07 XM")).isNull();
        assertThat(monthFirst.parse("03/28/20 08:07")).isNull();
        assertThat(monthFirst.parse("03/28/2020 08:07:27 AM extra")).isNull();
        assertThat(monthFirst.parse("Foo 28, 2020")).isNull();
        assertThat(monthFirst.parse("2025-13-01")).isNull();
        assertThat(monthFirst.parse(null)).isNull();
    }

    @Test
    void dayMonthOrderIsDecidedPerFile() {
        assertThat(detect(DayMonthOrder.FORMAT_DEFAULT, "03/04/2025 08:00:00", "28/03/2025 09:00:00")).as("a day above 12").isTrue();
        assertThat(detect(DayMonthOrder.DAY_FIRST, "03/04/2025 08:00:00", "03/28/2025 09:00:00")).as("a month field cannot be 28").isFalse();
        assertThat(detect(DayMonthOrder.DAY_FIRST, "03/04/2025 08:00:00")).as("the user's hint").isTrue();
        assertThat(detect(DayMonthOrder.FORMAT_DEFAULT, "03/04/2025 08:00:00")).as("Zoom's default").isFalse();
        assertThat(detectWithDefault(DayMonthOrder.DAY_FIRST, "03/04/2025 08:00:00 AM")).as("AM/PM is US").isFalse();
        assertThat(detectWithDefault(DayMonthOrder.DAY_FIRST, "03/04/2025 08:00:00")).isTrue();
        assertThat(detect(DayMonthOrder.FORMAT_DEFAULT, "13/01/2025", "14/01/2025", "01/13/2025")).as("majority").isTrue();
    }

    private static boolean detect(DayMonthOrder hint, String... values) {
        DateOrderDetector d = new DateOrderDetector();
        for (String v : values) {
            d.offer(v);
        }
        d.offer(null);
        d.offer("Mar 3, 2025");
        return d.dayFirst(hint, DayMonthOrder.MONTH_FIRST);
    }

    private static boolean detectWithDefault(DayMonthOrder formatDefault, String value) {
        DateOrderDetector d = new DateOrderDetector();
        d.offer(value);
        return d.dayFirst(DayMonthOrder.FORMAT_DEFAULT, formatDefault);
    }
}
