package vn.ntm.portal.stats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.UserInputException;

/**
 * A date range of visitor statistics, both ends included, in Vietnam's calendar. Read from the page's
 * form: {@code tu}/{@code den} as dd/MM/yyyy (vi-VN) or yyyy-MM-dd, or a quick choice {@code khoang}.
 */
public record StatsRange(LocalDate from, LocalDate to) {

    /** Statistics start here at the earliest: an older date is a typing mistake. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int DEFAULT_DAYS = 30;

    public enum Quick {
        DAYS_7("7-ngay", "7 ngày"), DAYS_30("30-ngay", "30 ngày"), THIS_MONTH("thang-nay", "Tháng này"),
        THIS_YEAR("nam-nay", "Năm nay"), ALL("toan-bo", "Toàn bộ");

        private final String code;
        private final String label;

        Quick(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    public enum Granularity { DAY, MONTH, YEAR }

    private static final Pattern VI_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public StatsRange {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /**
     * @param first the first day that has statistics (the start of "toàn bộ")
     * @throws UserInputException 400 with a Vietnamese message for anything it cannot read or that makes no sense
     */
    public static StatsRange parse(String tu, String den, String khoang, LocalDate today, LocalDate first) {
        if (khoang != null && !khoang.isBlank()) {
            for (Quick q : Quick.values()) {
                if (q.code.equals(khoang.strip())) {
                    return quick(q, today, first);
                }
            }
            throw new UserInputException(400, "Lựa chọn khoảng thời gian không hợp lệ.");
        }
        boolean noFrom = tu == null || tu.isBlank();
        boolean noTo = den == null || den.isBlank();
        if (noFrom && noTo) {
            return quick(Quick.DAYS_30, today, first);
        }
        LocalDate to = noTo ? today : date(den, "Đến ngày");
        LocalDate from = noFrom ? min(first, to) : date(tu, "Từ ngày");
        if (from.isBefore(EARLIEST) || to.isBefore(EARLIEST)) {
            throw new UserInputException(400, "Số liệu thống kê chỉ có từ ngày " + VietnameseFormat.date(EARLIEST) + ".");
        }
        if (to.isAfter(today)) {
            throw new UserInputException(400, "\"Đến ngày\" không được sau hôm nay (" + VietnameseFormat.date(today) + ").");
        }
        if (from.isAfter(to)) {
            throw new UserInputException(400, "\"Từ ngày\" phải trước hoặc trùng với \"Đến ngày\".");
        }
        return new StatsRange(from, to);
    }

    public static StatsRange quick(Quick q, LocalDate today, LocalDate first) {
        return switch (q) {
            case DAYS_7 -> new StatsRange(today.minusDays(6), today);
            case DAYS_30 -> new StatsRange(today.minusDays(DEFAULT_DAYS - 1), today);
            case THIS_MONTH -> new StatsRange(today.withDayOfMonth(1), today);
            case THIS_YEAR -> new StatsRange(today.withDayOfYear(1), today);
            case ALL -> new StatsRange(min(max(first, EARLIEST), today), today);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** By day up to two months, by month up to three years, by year beyond. */
    public Granularity granularity() {
        long d = days();
        return d <= 62 ? Granularity.DAY : d <= 1100 ? Granularity.MONTH : Granularity.YEAR;
    }

    /** The query string of this range, for links (ISO dates, which the form reads too). */
    public String query() {
        return "tu=" + from.format(ISO) + "&den=" + to.format(ISO);
    }

    public String fromText() {
        return VietnameseFormat.date(from);
    }

    public String toText() {
        return VietnameseFormat.date(to);
    }

    private static LocalDate date(String text, String field) {
        String t = text.strip();
        try {
            var m = VI_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (ISO_DATE.matcher(t).matches()) {
                return LocalDate.parse(t, ISO);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new UserInputException(400, "\"" + field + "\" không phải một ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/11/2026.");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
