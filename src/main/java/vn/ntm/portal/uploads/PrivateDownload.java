package vn.ntm.portal.uploads;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a private file (a citizen's attachment) to a back-office user who was checked by the caller: always as
 * a download, never sniffed, never run, never cached.
 */
public final class PrivateDownload {

    private PrivateDownload() {
    }

    public static void send(HttpServletResponse response, PrivateFile file, InputStream content, String fileName) throws IOException {
        try (content) {
            response.setContentType(file.mediaType());
            response.setContentLengthLong(file.byteSize());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            content.transferTo(response.getOutputStream());
        }
    }

    /** The uploader's file name when it carries the stored type's extension; otherwise {@code fallback} with it. */
    public static String fileName(PrivateFile file, String fallback) {
        String name = file.originalName() == null ? "" : file.originalName().strip();
        String extension = "." + file.extension();
        if (name.isEmpty() || name.startsWith(".")) {
            return fallback + extension;
        }
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }
}
