package vn.ntm.portal.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** vi-VN dates and numbers as the portal shows them, always in Asia/Ho_Chi_Minh. */
public final class VietnameseFormat {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] WEEKDAYS = {"Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"};

    private VietnameseFormat() {
    }

    /** "Thứ tư - 13/10/2021 08:39". */
    public static String weekdayDateTime(Instant instant) {
        ZonedDateTime t = instant.atZone(ZONE);
        return weekday(t.getDayOfWeek()) + " - " + DATE_TIME.format(t);
    }

    /** "13/10/2021 08:39". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "13/10/2021". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "13/10/2021" for an instant in Vietnam's zone. */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** Vietnamese grouping: 91820448 → "91.820.448". */
    public static String number(long value) {
        return grouping().format(value);
    }

    /** One decimal with a comma: 4.25 → "4,3" (half-up). */
    public static String oneDecimal(double value) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(LOCALE));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    // DecimalFormat is not thread-safe and costly to build: one per thread
    private static final ThreadLocal<DecimalFormat> GROUPING =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE)));

    private static DecimalFormat grouping() {
        return GROUPING.get();
    }
}
