package vn.ntm.portal.training.domain;

/** How a session or topic is delivered. */
public enum ChannelKind implements Labelled {
    ZOOM_MEETING("Zoom (cuộc họp)"),
    ZOOM_WEBINAR("Zoom (hội thảo trực tuyến)"),
    YOUTUBE("YouTube"),
    FACEBOOK("Facebook"),
    OTHER("Khác");

    private final String label;

    ChannelKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
