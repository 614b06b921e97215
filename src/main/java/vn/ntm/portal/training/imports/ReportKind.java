package vn.ntm.portal.training.imports;

/** The kinds of platform report the training module imports. */
public enum ReportKind {
    ZOOM_MEETING("Báo cáo người tham gia cuộc họp Zoom"),
    ZOOM_WEBINAR("Báo cáo người tham dự webinar Zoom"),
    ZOOM_QA("Báo cáo hỏi đáp webinar Zoom"),
    YOUTUBE("Số liệu xuất từ YouTube Studio"),
    FACEBOOK_POSTS("Số liệu bài viết trang Facebook"),
    FACEBOOK_VIDEOS("Số liệu video trang Facebook"),
    UNKNOWN("Tệp không nhận dạng được");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    /** Vietnamese name for screens. */
    public String label() {
        return label;
    }
}
