package vn.ntm.portal.uploads.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.uploads.StoredImage;

/**
 * What the media library page shows: one page of images, the search, the image just uploaded, and why
 * an upload sent without JavaScript was refused (with the description typed, so it need not be typed again).
 */
public record MediaLibraryView(Paging<StoredImage> images, String query, StoredImage justUploaded, String error, String typedAlt) {

    public MediaLibraryView(Paging<StoredImage> images, String query, StoredImage justUploaded) {
        this(images, query, justUploaded, null, "");
    }

    public String pagePath(int page) {
        String q = query.isBlank() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return "/quan-tri/anh?trang=" + page + q;
    }

    public static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',')
                : Math.max(1, bytes / 1024) + " KB";
    }
}
