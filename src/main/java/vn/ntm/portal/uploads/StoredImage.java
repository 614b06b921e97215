package vn.ntm.portal.uploads;

import java.time.Instant;
import java.util.List;

/**
 * A stored image: {@code url} is the re-encoded original (aspect ratio kept), {@code thumbnails} the
 * 16:9 sizes the layout shows (160×90 lists, 320×180, 640×360 home feature). URLs are site paths under
 * {@code /uploads/}; their names are content hashes, so they never change meaning and cache for long.
 */
public record StoredImage(long id, String url, List<Thumbnail> thumbnails, int width, int height, String alt,
                          String mediaType, long byteSize, String originalName, String uploadedBy, Instant createdAt) {

    public static final int MAX_WIDTH = 1600;

    public StoredImage {
        thumbnails = List.copyOf(thumbnails);
    }

    /** The thumbnail of the given width (160, 320 or 640). */
    public Thumbnail thumbnail(int width) {
        return thumbnails.stream().filter(t -> t.width() == width).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no thumbnail " + width + " px wide"));
    }
}
