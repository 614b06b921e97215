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
    private static final java.util.regex.Pattern ISO_INPUT = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final java.util.regex.Pattern VI_INPUT = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
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

    /**
     * A date as people type it in a form: the {@code yyyy-MM-dd} a date input sends, or the Vietnamese
     * {@code d/M/yyyy} (also with {@code .} or {@code -}) typed where the browser shows a plain text box.
     *
     * @return the date, or null for a blank input
     * @throws IllegalArgumentException when the text is not a real date in either form
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        java.util.regex.Matcher iso = ISO_INPUT.matcher(t);
        java.util.regex.Matcher vi = VI_INPUT.matcher(t);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            if (vi.matches()) {
                return LocalDate.of(Integer.parseInt(vi.group(3)), Integer.parseInt(vi.group(2)), Integer.parseInt(vi.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + t, e);
        }
        throw new IllegalArgumentException("not a date: " + t);
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
