package vn.ntm.portal.training.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.List;
import java.time.format.DateTimeParseException;

/**
 * The date-time forms the platforms write, read by hand (no regular expression, no formatter in the hot path):
 * <ul>
 *   <li>{@code 03/28/2020 08:07:27 AM}, {@code 03/28/2020 08:07 AM}, {@code 03/28/2020 08:07:27} (numeric, month
 *       first or day first: see {@link DateOrderDetector});</li>
 *   <li>{@code 28/03/2020 08:07:27} (day first, 24-hour);</li>
 *   <li>{@code Mar 28, 2020 08:07:27}, {@code Mar 23, 2025 6:26 PM}, {@code March 23, 2025}, {@code Mar 23, 2025};</li>
 *   <li>ISO: {@code 2025-03-23T18:26:00}, {@code 2025-03-23 18:26}, {@code 2025-03-23T11:26:00Z},
 *       {@code 2025-03-23T18:26:00+07:00} (an offset in the text wins over the zone).</li>
 * </ul>
 * A date without a time is midnight. The separator may also be {@code -} or {@code .} in numeric forms.
 */
final class DateTimes {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean dayFirst;
    /** The local hour (epoch hours of the local time) whose offset is cached, and that offset. */
    private long cachedHour = Long.MIN_VALUE;
    private ZoneOffset cachedOffset;

    DateTimes(ZoneId zone, boolean dayFirst) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.dayFirst = dayFirst;
    }

    /** The instant, or null when the text fits no known form or names an impossible date. */
    Instant parse(String text) {
        LocalDateTime local = parseLocal(text);
        if (local == null) {
            return text == null ? null : parseIsoWithOffset(text);
        }
        return toInstant(local);
    }

    /**
     * The local time in the zone, as {@code atZone} would give it; the offset is cached per local hour when that whole
     * hour has a single valid offset (not in a daylight-saving gap or overlap), which keeps large files cheap.
     */
    private Instant toInstant(LocalDateTime local) {
        long localSeconds = local.toEpochSecond(ZoneOffset.UTC);
        long hour = Math.floorDiv(localSeconds, 3600);
        if (hour != cachedHour) {
            LocalDateTime start = local.truncatedTo(ChronoUnit.HOURS);
            List<ZoneOffset> first = rules.getValidOffsets(start);
            List<ZoneOffset> last = rules.getValidOffsets(start.plusSeconds(3599));
            if (first.size() != 1 || !first.equals(last)) {
                return local.atZone(zone).toInstant();
            }
            cachedHour = hour;
            cachedOffset = first.get(0);
        }
        return Instant.ofEpochSecond(localSeconds - cachedOffset.getTotalSeconds());
    }

    /** The local date-time, or null; an ISO text with an offset gives null here (see {@link #parse}). */
    LocalDateTime parseLocal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        try {
            if (c >= '0' && c <= '9') {
                if (s.length() >= 10 && s.charAt(4) == '-') {
                    return iso(s);
                }
                return numeric(s);
            }
            if (Character.isLetter(c)) {
                return named(s);
            }
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }

    private static Instant parseIsoWithOffset(String text) {
        try {
            return OffsetDateTime.parse(text.strip().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime iso(String s) {
        String t = s.replace(' ', 'T');
        if (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10) {
            return null; // has an offset: parseIsoWithOffset
        }
        if (t.length() == 10) {
            return java.time.LocalDate.parse(t).atStartOfDay();
        }
        return LocalDateTime.parse(t);
    }

    /** a/b/yyyy [H:mm[:ss] [AM|PM]] */
    private LocalDateTime numeric(String s) {
        Cursor p = new Cursor(s);
        int a = p.number(2);
        char sep = p.next();
        if (sep != '/' && sep != '-' && sep != '.') {
            return null;
        }
        int b = p.number(2);
        if (p.next() != sep) {
            return null;
        }
        int year = p.number(4);
        if (a < 0 || b < 0 || year < 1000) {
            return null;
        }
        int day = dayFirst ? a : b;
        int month = dayFirst ? b : a;
        return time(p, year, month, day);
    }

    /** Mar 28, 2020 [time] */
    private static LocalDateTime named(String s) {
        Cursor p = new Cursor(s);
        String word = p.word();
        if (word.length() < 3) {
            return null;
        }
        String prefix = word.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        int month = 0;
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                month = i + 1;
            }
        }
        if (month == 0) {
            return null;
        }
        if (p.peek() == '.') {
            p.next();
        }
        p.spaces();
        int day = p.number(2);
        if (day < 0) {
            return null;
        }
        if (p.peek() == ',') {
            p.next();
        }
        p.spaces();
        int year = p.number(4);
        if (year < 1000) {
            return null;
        }
        return time(p, year, month, day);
    }

    private static LocalDateTime time(Cursor p, int year, int month, int day) {
        p.spaces();
        if (p.done()) {
            return LocalDateTime.of(year, month, day, 0, 0);
        }
        int hour = p.number(2);
        if (hour < 0 || p.next() != ':') {
            return null;
        }
        int minute = p.number(2);
        if (minute < 0) {
            return null;
        }
        int second = 0;
        if (p.peek() == ':') {
            p.next();
            second = p.number(2);
            if (second < 0) {
                return null;
            }
        }
        p.spaces();
        if (!p.done()) {
            String marker = p.word().toUpperCase(java.util.Locale.ROOT);
            boolean pm = marker.equals("PM") || marker.equals("CH");
            boolean am = marker.equals("AM") || marker.equals("SA");
            if ((!pm && !am) || hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
            p.spaces();
        }
        if (!p.done()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** True when the text is a numeric date (the only kind whose day/month order is in question). */
    static boolean isNumericDate(String s) {
        return s != null && !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9' && (s.length() < 5 || s.charAt(4) != '-');
    }

    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean done() {
            return i >= s.length();
        }

        char peek() {
            return i < s.length() ? s.charAt(i) : 0;
        }

        char next() {
            return i < s.length() ? s.charAt(i++) : 0;
        }

        void spaces() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0')) {
                i++;
            }
        }

        /** 1..maxDigits digits as a number, or -1. */
        int number(int maxDigits) {
            int start = i;
            int v = 0;
            while (i < s.length() && i - start < maxDigits && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            return i == start ? -1 : v;
        }

        String word() {
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }
    }
}
