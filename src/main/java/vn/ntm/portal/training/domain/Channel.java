package vn.ntm.portal.training.domain;

/**
 * A delivery channel of a session or of a topic. Livestreams are public; a Zoom link, its id and passcode
 * are shown only to registrants on their own page.
 */
public record Channel(long id, long programmeId, Long sessionId, Long topicId, ChannelKind kind, String meetingId, String joinUrl,
                      String passcode, String label) {

    public boolean isPublic() {
        return kind != ChannelKind.ZOOM_MEETING && kind != ChannelKind.ZOOM_WEBINAR;
    }

    public boolean isZoom() {
        return !isPublic();
    }

    /** "Xem trực tiếp trên YouTube". */
    public String publicLabel() {
        return switch (kind) {
            case YOUTUBE -> "Xem trực tiếp trên YouTube";
            case FACEBOOK -> "Xem trực tiếp trên Facebook";
            case OTHER -> label == null || label.isBlank() ? "Xem trực tuyến" : label;
            default -> "Tham gia qua Zoom";
        };
    }
}
