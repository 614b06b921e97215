package vn.ntm.portal.media.web;

/** A song or video of "Hát về nông thôn mới": a local audio file or an embedded video. */
public record MediaItem(long id, String title, String kind, String filePath, String embedUrl) {

    public boolean audio() {
        return "AUDIO".equals(kind) && filePath != null;
    }
}
