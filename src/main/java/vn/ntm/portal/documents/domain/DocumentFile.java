package vn.ntm.portal.documents.domain;

import java.util.Locale;

/**
 * A file attached to a document or a draft (its bytes belong to the uploads module); {@code base} is the owner's
 * public route ({@code /van-ban} or {@code /du-thao}).
 */
public record DocumentFile(String base, long documentId, long fileId, String name, String mediaType, String extension, long byteSize,
                           long downloadCount) {

    public boolean pdf() {
        return "application/pdf".equals(mediaType);
    }

    /** The route that counts a download and sends the file. */
    public String downloadPath() {
        return base + "/" + documentId + "/tep/" + fileId;
    }

    /** The route the in-page preview shows (PDF only; not counted as a download). */
    public String previewPath() {
        return downloadPath() + "?xem=1";
    }

    /** "1,2 MB", "350 KB". */
    public String size() {
        if (byteSize >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", byteSize / 1048576.0).replace('.', ',');
        }
        return Math.max(1, Math.round(byteSize / 1024.0)) + " KB";
    }

    /** "PDF", "DOCX"… */
    public String kind() {
        return extension.toUpperCase(Locale.ROOT);
    }
}
