package vn.ntm.portal.uploads.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Upload limits ({@code ntm.uploads.*}). Keep {@code spring.servlet.multipart.max-file-size} at least as
 * large as the larger of the two, so that the precise Vietnamese message comes from here.
 *
 * @param maxImageBytes    largest image file accepted (before re-encoding)
 * @param maxDocumentBytes largest attachment accepted
 */
@ConfigurationProperties("ntm.uploads")
public record UploadsProperties(DataSize maxImageBytes, DataSize maxDocumentBytes) {

    /** Largest side and pixel count of an image, read from its header before any pixel is decoded. */
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 40_000_000L;

    public UploadsProperties {
        maxImageBytes = maxImageBytes != null && maxImageBytes.toBytes() > 0 ? maxImageBytes : DataSize.ofMegabytes(10);
        maxDocumentBytes = maxDocumentBytes != null && maxDocumentBytes.toBytes() > 0 ? maxDocumentBytes : DataSize.ofMegabytes(20);
    }
}
