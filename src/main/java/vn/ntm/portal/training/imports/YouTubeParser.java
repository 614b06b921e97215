package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * YouTube Studio's table CSV: {@code Content,Video title,Video publish time,Duration,Views,Watch time (hours),
 * Subscribers,Average view duration,Impressions,Impressions click-through rate (%)} (the columns depend on the metrics
 * chosen; only {@code Content} and {@code Views} are required), with a {@code Total} row. Studio in Vietnamese writes
 * the headers in Vietnamese; the usual ones are recognised too ({@code Nội dung}, {@code Lượt xem}, …; an assumption
 * from Studio's Vietnamese labels). {@code Totals.csv} ({@code Date,Views[,Watch time (hours)]}) gives daily figures.
 */
final class YouTubeParser {

    enum Column {
        CONTENT("Content"), TITLE("Video title"), PUBLISHED("Video publish time"), DURATION("Duration"), VIEWS("Views"),
        WATCH_HOURS("Watch time (hours)"), SUBSCRIBERS("Subscribers"), AVERAGE_VIEW("Average view duration"),
        IMPRESSIONS("Impressions"), CTR("Impressions click-through rate (%)"), DATE("Date");

        final String label;

        Column(String label) {
            this.label = label;
        }
    }

    static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("content", Column.CONTENT),
            Map.entry("noi dung", Column.CONTENT),
            Map.entry("video title", Column.TITLE),
            Map.entry("tieu de video", Column.TITLE),
            Map.entry("video publish time", Column.PUBLISHED),
            Map.entry("thoi gian xuat ban video", Column.PUBLISHED),
            Map.entry("duration", Column.DURATION),
            Map.entry("thoi luong", Column.DURATION),
            Map.entry("views", Column.VIEWS),
            Map.entry("luot xem", Column.VIEWS),
            Map.entry("watch time (hours)", Column.WATCH_HOURS),
            Map.entry("thoi gian xem (gio)", Column.WATCH_HOURS),
            Map.entry("subscribers", Column.SUBSCRIBERS),
            Map.entry("nguoi dang ky", Column.SUBSCRIBERS),
            Map.entry("average view duration", Column.AVERAGE_VIEW),
            Map.entry("thoi luong xem trung binh", Column.AVERAGE_VIEW),
            Map.entry("impressions", Column.IMPRESSIONS),
            Map.entry("so luot hien thi", Column.IMPRESSIONS),
            Map.entry("impressions click-through rate (%)", Column.CTR),
            Map.entry("ty le nhap cua so luot hien thi (%)", Column.CTR),
            Map.entry("date", Column.DATE),
            Map.entry("ngay", Column.DATE));

    private YouTubeParser() {
    }

    /** The table; {@code daily} from a ZIP's Totals.csv (empty list otherwise). */
    static YouTubeReport parse(List<String[]> records, List<DailyViews> daily, List<String> warnings, List<ImportError> errors,
                               ImportOptions options) {
        int r = ZoomMeetingParser.nextFilled(records, 0);
        if (r >= records.size() || !Header.looksLikeHeader(records.get(r), COLUMNS, 2)) {
            errors.add(ImportError.ofFile("Không tìm thấy dòng tiêu đề của bảng số liệu YouTube (các cột \"Content\", \"Views\")."));
            return new YouTubeReport(List.of(), null, daily, warnings, errors);
        }
        Header<Column> h = Header.of(r + 1, records.get(r), Column.class, COLUMNS);
        List<Column> missing = h.missing(EnumSet.of(Column.CONTENT, Column.VIEWS));
        if (!missing.isEmpty()) {
            errors.add(h.missingError(missing, c -> c.label));
            return new YouTubeReport(List.of(), null, daily, warnings, errors);
        }
        DateOrderDetector detector = new DateOrderDetector();
        for (int i = r + 1; i < records.size(); i++) {
            detector.offer(Cells.text(records.get(i), h.index(Column.PUBLISHED)));
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        List<YouTubeRow> videos = new ArrayList<>();
        YouTubeRow total = null;
        for (int i = r + 1; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            int row = i + 1;
            int before = errors.size();
            String content = Cells.text(rec, h.index(Column.CONTENT));
            boolean isTotal = content != null && (content.equalsIgnoreCase("Total") || HeaderNames.normalise(content).equals("tong"));
            String publishedText = Cells.text(rec, h.index(Column.PUBLISHED));
            LocalDateTime published = RowReading.local(row, publishedText, "thời gian xuất bản", dates, errors);
            Long duration = seconds(row, Cells.text(rec, h.index(Column.DURATION)), "thời lượng", errors);
            Long views = RowReading.bigCount(row, Cells.text(rec, h.index(Column.VIEWS)), "số lượt xem", errors);
            BigDecimal hours = decimal(row, Cells.text(rec, h.index(Column.WATCH_HOURS)), "thời gian xem (giờ)", errors);
            Long subscribers = signed(row, Cells.text(rec, h.index(Column.SUBSCRIBERS)), "số người đăng ký", errors);
            Long average = seconds(row, Cells.text(rec, h.index(Column.AVERAGE_VIEW)), "thời lượng xem trung bình", errors);
            Long impressions = RowReading.bigCount(row, Cells.text(rec, h.index(Column.IMPRESSIONS)), "số lượt hiển thị", errors);
            BigDecimal ctr = decimal(row, Cells.text(rec, h.index(Column.CTR)), "tỷ lệ nhấp", errors);
            if (content == null) {
                errors.add(ImportError.atRow(row, "thiếu mã video (cột \"" + h.original(Column.CONTENT) + "\")."));
            }
            if (errors.size() != before) {
                continue;
            }
            YouTubeRow y = new YouTubeRow(row, content, Cells.text(rec, h.index(Column.TITLE)),
                    published == null ? null : published.toLocalDate(), duration, views, hours, subscribers, average, impressions, ctr);
            if (isTotal) {
                total = y;
            } else {
                videos.add(y);
            }
        }
        if (total == null && errors.isEmpty()) {
            warnings.add("Bảng số liệu YouTube không có dòng \"Total\"; tổng được tính từ các video.");
        }
        return new YouTubeReport(videos, total, daily, warnings, errors);
    }

    /** Totals.csv: Date, Views, optionally Watch time (hours). */
    static List<DailyViews> daily(String entryName, List<String[]> records, ImportOptions options, List<ImportError> errors) {
        List<DailyViews> out = new ArrayList<>();
        int r = ZoomMeetingParser.nextFilled(records, 0);
        if (r >= records.size()) {
            return out;
        }
        Header<Column> h = Header.of(r + 1, records.get(r), Column.class, COLUMNS);
        if (!h.has(Column.DATE) || !h.has(Column.VIEWS)) {
            return out;
        }
        DateOrderDetector detector = new DateOrderDetector();
        for (int i = r + 1; i < records.size(); i++) {
            detector.offer(Cells.text(records.get(i), h.index(Column.DATE)));
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        for (int i = r + 1; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            int row = i + 1;
            List<ImportError> rowErrors = new ArrayList<>();
            LocalDateTime date = RowReading.local(row, Cells.text(rec, h.index(Column.DATE)), "ngày", dates, rowErrors);
            Long views = RowReading.bigCount(row, Cells.text(rec, h.index(Column.VIEWS)), "số lượt xem", rowErrors);
            BigDecimal hours = decimal(row, Cells.text(rec, h.index(Column.WATCH_HOURS)), "thời gian xem (giờ)", rowErrors);
            for (ImportError e : rowErrors) {
                errors.add(new ImportError(e.row(), entryName + ", " + e.message()));
            }
            if (rowErrors.isEmpty() && date != null) {
                out.add(new DailyViews(row, date.toLocalDate(), views, hours));
            }
        }
        return out;
    }

    private static Long seconds(int row, String text, String what, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        Long s = Cells.durationSeconds(text);
        if (s == null) {
            BigDecimal d = Cells.number(text);
            if (d != null && d.signum() >= 0) {
                return d.longValue();
            }
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không đúng dạng số giây hoặc giờ:phút:giây."));
        }
        return s;
    }

    private static BigDecimal decimal(int row, String text, String what, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        BigDecimal d = Cells.number(text);
        if (d == null || d.signum() < 0) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không phải là số không âm."));
            return null;
        }
        return d;
    }

    /** Subscribers may be negative (lost subscribers). */
    private static Long signed(int row, String text, String what, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        Long v = Cells.wholeNumber(text);
        if (v == null) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không phải là số nguyên."));
        }
        return v;
    }
}
