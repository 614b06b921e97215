package vn.ntm.portal.uploads;

import java.time.Instant;

/** A stored attachment, byte for byte as uploaded; {@code url} is a site path under {@code /uploads/}. */
public record StoredFile(long id, String url, String mediaType, String extension, long byteSize,
                         String originalName, String uploadedBy, Instant createdAt) {
}
