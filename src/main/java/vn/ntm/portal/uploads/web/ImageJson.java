package vn.ntm.portal.uploads.web;

import vn.ntm.portal.shared.Json;
import vn.ntm.portal.uploads.StoredImage;
import vn.ntm.portal.uploads.Thumbnail;

/** The JSON the rich-text editor receives after an upload, or when one is refused. */
final class ImageJson {

    private ImageJson() {
    }

    static String of(StoredImage image) {
        StringBuilder thumbs = new StringBuilder();
        for (Thumbnail t : image.thumbnails()) {
            if (!thumbs.isEmpty()) {
                thumbs.append(',');
            }
            thumbs.append(Json.quote(t.width() + "x" + t.height())).append(':').append(Json.quote(t.url()));
        }
        return "{\"id\":" + image.id() + ",\"url\":" + Json.quote(image.url()) + ",\"thumbnails\":{" + thumbs
                + "},\"width\":" + image.width() + ",\"height\":" + image.height() + ",\"alt\":" + Json.quote(image.alt()) + "}";
    }

    static String error(String message) {
        return "{\"error\":" + Json.quote(message) + "}";
    }
}
