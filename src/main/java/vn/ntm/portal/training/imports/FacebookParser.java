package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Meta Business Suite exports of a page. Posts: {@code Post ID,Page ID,Page name,Title,Description,Duration (sec),
 * Publish time,Permalink,Post type,…,Views,Reach,Reactions,Comments,Shares,…,Seconds viewed,Average Seconds viewed};
 * videos: {@code Video asset ID,Page ID,Page name,Title,Duration (sec),Publish time,Reach,3-second video views,
 * 1-minute video views,Reactions,Comments,Shares}. Columns not listed are ignored. A second row describing the columns
 * (older Insights exports: {@code Lifetime …}) is skipped. Publish times are {@code MM/dd/yyyy HH:mm} by default.
 */
final class FacebookParser {

    enum Column {
        POST_ID("Post ID"), VIDEO_ID("Video asset ID"), PAGE_ID("Page ID"), PAGE_NAME("Page name"), TITLE("Title"),
        DESCRIPTION("Description"), DURATION("Duration (sec)"), PUBLISHED("Publish time"), PERMALINK("Permalink"),
        POST_TYPE("Post type"), VIEWS("Views"), REACH("Reach"), REACTIONS("Reactions"), COMMENTS("Comments"),
        SHARES("Shares"), THREE_SECOND("3-second video views"), ONE_MINUTE("1-minute video views"),
        SECONDS_VIEWED("Seconds viewed"), AVERAGE_SECONDS("Average Seconds viewed");

        final String label;

        Column(String label) {
            this.label = label;
        }
    }

    static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("post id", Column.POST_ID),
            Map.entry("video asset id", Column.VIDEO_ID),
            Map.entry("video id", Column.VIDEO_ID),
            Map.entry("page id", Column.PAGE_ID),
            Map.entry("page name", Column.PAGE_NAME),
            Map.entry("title", Column.TITLE),
            Map.entry("description", Column.DESCRIPTION),
            Map.entry("duration (sec)", Column.DURATION),
            Map.entry("publish time", Column.PUBLISHED),
            Map.entry("permalink", Column.PERMALINK),
            Map.entry("post type", Column.POST_TYPE),
            Map.entry("views", Column.VIEWS),
            Map.entry("reach", Column.REACH),
            Map.entry("reactions", Column.REACTIONS),
            Map.entry("comments", Column.COMMENTS),
            Map.entry("shares", Column.SHARES),
            Map.entry("3-second video views", Column.THREE_SECOND),
            Map.entry("1-minute video views", Column.ONE_MINUTE),
            Map.entry("seconds viewed", Column.SECONDS_VIEWED),
            Map.entry("average seconds viewed", Column.AVERAGE_SECONDS));

    private FacebookParser() {
    }

    static FacebookReport parse(List<String[]> records, ImportOptions options) {
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        int r = ZoomMeetingParser.nextFilled(records, 0);
        Header<Column> h = r < records.size() ? Header.of(r + 1, records.get(r), Column.class, COLUMNS) : null;
        if (h == null || (!h.has(Column.POST_ID) && !h.has(Column.VIDEO_ID))) {
            errors.add(ImportError.ofFile("Không tìm thấy dòng tiêu đề của số liệu Facebook (cột \"Post ID\" hoặc \"Video asset ID\")."));
            return new FacebookReport(ReportKind.FACEBOOK_POSTS, List.of(), warnings, errors);
        }
        boolean videos = !h.has(Column.POST_ID);
        ReportKind kind = videos ? ReportKind.FACEBOOK_VIDEOS : ReportKind.FACEBOOK_POSTS;
        Column idColumn = videos ? Column.VIDEO_ID : Column.POST_ID;
        Column metric = videos ? Column.THREE_SECOND : Column.VIEWS;
        if (!h.has(metric) && !h.has(Column.REACH)) {
            errors.add(h.missingError(List.of(metric), c -> c.label));
            return new FacebookReport(kind, List.of(), warnings, errors);
        }
        int id = h.index(idColumn);
        DateOrderDetector detector = new DateOrderDetector();
        for (int i = r + 1; i < records.size(); i++) {
            detector.offer(Cells.text(records.get(i), h.index(Column.PUBLISHED)));
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        List<FacebookRow> rows = new ArrayList<>();
        for (int i = r + 1; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            int row = i + 1;
            String idText = Cells.text(rec, id);
            if (i == r + 1 && idText != null && !Cells.allDigits(idText) && Character.isLetter(idText.charAt(0))) {
                warnings.add("Dòng " + row + ": dòng mô tả cột (\"" + idText + "\"), đã bỏ qua.");
                continue;
            }
            int before = errors.size();
            String postId = RowReading.identifier(row, idText, videos ? "mã video" : "mã bài viết", errors);
            if (postId == null && errors.size() == before) {
                errors.add(ImportError.atRow(row, "thiếu " + (videos ? "mã video" : "mã bài viết") + " (cột \"" + h.original(idColumn) + "\")."));
            }
            String pageId = RowReading.identifier(row, Cells.text(rec, h.index(Column.PAGE_ID)), "mã trang", errors);
            Integer duration = RowReading.count(row, Cells.text(rec, h.index(Column.DURATION)), "thời lượng (giây)", errors);
            Instant published = RowReading.instant(row, Cells.text(rec, h.index(Column.PUBLISHED)), "thời gian đăng", false, dates, errors);
            Long views = RowReading.bigCount(row, Cells.text(rec, h.index(Column.VIEWS)), "số lượt xem", errors);
            Long reach = RowReading.bigCount(row, Cells.text(rec, h.index(Column.REACH)), "số người tiếp cận", errors);
            Long reactions = RowReading.bigCount(row, Cells.text(rec, h.index(Column.REACTIONS)), "số lượt bày tỏ cảm xúc", errors);
            Long comments = RowReading.bigCount(row, Cells.text(rec, h.index(Column.COMMENTS)), "số bình luận", errors);
            Long shares = RowReading.bigCount(row, Cells.text(rec, h.index(Column.SHARES)), "số lượt chia sẻ", errors);
            Long three = RowReading.bigCount(row, Cells.text(rec, h.index(Column.THREE_SECOND)), "số lượt xem 3 giây", errors);
            Long minute = RowReading.bigCount(row, Cells.text(rec, h.index(Column.ONE_MINUTE)), "số lượt xem 1 phút", errors);
            Long seconds = RowReading.bigCount(row, Cells.text(rec, h.index(Column.SECONDS_VIEWED)), "số giây đã xem", errors);
            String averageText = Cells.text(rec, h.index(Column.AVERAGE_SECONDS));
            BigDecimal average = averageText == null ? null : Cells.number(averageText);
            if (averageText != null && (average == null || average.signum() < 0)) {
                errors.add(ImportError.atRow(row, "số giây xem trung bình \"" + averageText + "\" không phải là số không âm."));
            }
            if (errors.size() == before) {
                rows.add(new FacebookRow(row, postId, pageId, Cells.text(rec, h.index(Column.PAGE_NAME)), Cells.text(rec, h.index(Column.TITLE)),
                        Cells.text(rec, h.index(Column.DESCRIPTION)), duration == null ? null : duration.longValue(), published,
                        Cells.text(rec, h.index(Column.PERMALINK)), Cells.text(rec, h.index(Column.POST_TYPE)), views, reach,
                        reactions, comments, shares, three, minute, seconds, average));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(ImportError.ofFile("Tệp số liệu Facebook không có dòng dữ liệu nào."));
        }
        return new FacebookReport(kind, rows, warnings, errors);
    }
}
