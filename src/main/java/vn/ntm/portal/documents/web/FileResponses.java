package vn.ntm.portal.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.web.NotFoundException;

/**
 * Sends a document's or a draft's attached file: downloaded ({@code attachment}) or, for a PDF, shown inline for
 * the in-page preview; never under {@code /uploads/}'s sandbox policy, which stops Chrome showing a PDF in a frame.
 * This one allows viewing and nothing else.
 */
final class FileResponses {

    /** A PDF may only be viewed: no script, no form, framed by our own pages only. */
    static final String FILE_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    private FileResponses() {
    }

    /** The file's bytes on disk, inside the upload directory. */
    static Path path(DocumentStore documents, Path uploadDir, long fileId) {
        return documents.filePath(fileId).map(p -> uploadDir.resolve(p).normalize())
                .filter(p -> p.startsWith(uploadDir) && Files.isRegularFile(p))
                .orElseThrow(() -> new NotFoundException("Tệp đính kèm này không còn trên máy chủ."));
    }

    static ResponseEntity<Resource> send(DocumentFile file, Path path, boolean preview) throws IOException {
        ContentDisposition disposition = (preview ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(Files.size(path))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", FILE_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(new FileSystemResource(path));
    }
}
