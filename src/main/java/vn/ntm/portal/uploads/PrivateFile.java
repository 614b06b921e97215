package vn.ntm.portal.uploads;

import java.time.Instant;

/**
 * A file kept in the private area of the upload directory: never served under {@code /uploads/}, read only
 * through {@link UploadsApi#openPrivate(long)} by a screen that checks who may see it. It has no URL.
 *
 * @param width  of an image, null for a document
 * @param height of an image, null for a document
 */
public record PrivateFile(long id, String mediaType, String extension, long byteSize, Integer width, Integer height,
                          String originalName, String uploadedBy, Instant createdAt) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
