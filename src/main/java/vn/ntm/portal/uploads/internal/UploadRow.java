package vn.ntm.portal.uploads.internal;

import java.time.Instant;

/** One row of {@code uploaded_file}. */
record UploadRow(long id, String kind, String sha256, String path, String mediaType, long byteSize,
                 long originalBytes, Integer width, Integer height, String alt, String originalName,
                 String uploadedBy, Instant createdAt) {
}
