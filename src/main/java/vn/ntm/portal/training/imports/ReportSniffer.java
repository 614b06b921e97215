package vn.ntm.portal.training.imports;

import java.util.List;

/** Tells which report a file is, by its section titles and header names (never by its file name alone). */
final class ReportSniffer {

    static final String NOT_RECOGNISED = "Tệp không phải là báo cáo được hỗ trợ. Hãy nhập báo cáo người tham gia cuộc họp Zoom, "
            + "báo cáo người tham dự hoặc hỏi đáp webinar Zoom, tệp xuất từ YouTube Studio (ZIP hoặc CSV) "
            + "hoặc tệp số liệu bài viết/video trang Facebook, ở dạng CSV như nền tảng tải về.";

    private static final int LOOK_AHEAD = 60;

    private ReportSniffer() {
    }

    /** The kind of the decoded records (UNKNOWN when none fits). */
    static ReportKind kindOf(List<String[]> records) {
        int limit = Math.min(records.size(), LOOK_AHEAD);
        boolean webinar = false;
        ReportKind table = ReportKind.UNKNOWN;
        for (int i = 0; i < limit; i++) {
            String[] rec = records.get(i);
            String first = Cells.firstKey(rec);
            if (ZoomQaParser.isHeader(rec) || first.equals("question details") || first.equals("question and answer report")
                    || first.equals("q&a report")) {
                return ReportKind.ZOOM_QA;
            }
            if (ZoomWebinarParser.title(rec) != null || first.equals("webinar id")) {
                webinar = true;
            }
            if (table == ReportKind.UNKNOWN) {
                table = tableKind(rec);
            }
        }
        return webinar ? ReportKind.ZOOM_WEBINAR : table;
    }

    private static ReportKind tableKind(String[] rec) {
        boolean postId = false;
        boolean videoAsset = false;
        boolean content = false;
        boolean views = false;
        boolean name = false;
        boolean join = false;
        boolean attended = false;
        for (String cell : rec) {
            String k = HeaderNames.normalise(cell);
            postId |= k.equals("post id");
            videoAsset |= k.equals("video asset id");
            content |= YouTubeParser.COLUMNS.get(k) == YouTubeParser.Column.CONTENT;
            views |= YouTubeParser.COLUMNS.get(k) == YouTubeParser.Column.VIEWS;
            name |= ZoomMeetingParser.COLUMNS.get(k) == ZoomMeetingParser.Column.NAME;
            join |= k.equals("join time");
            attended |= k.equals("attended");
        }
        if (postId) {
            return ReportKind.FACEBOOK_POSTS;
        }
        if (videoAsset) {
            return ReportKind.FACEBOOK_VIDEOS;
        }
        if (content && views) {
            return ReportKind.YOUTUBE;
        }
        if (attended && name && join) {
            return ReportKind.ZOOM_WEBINAR;
        }
        if (name && join) {
            return ReportKind.ZOOM_MEETING;
        }
        return ReportKind.UNKNOWN;
    }
}
