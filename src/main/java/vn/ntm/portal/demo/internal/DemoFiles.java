package vn.ntm.portal.demo.internal;

import vn.ntm.portal.shared.ImageBytes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the generated files (pictures, banners, songs, PDFs) to {@code <upload-dir>/demo/}. A file that
 * already exists is kept, so a second database on the same directory costs nothing; each file is written
 * to a temporary name first so a crash never leaves a half-written picture behind under the real name.
 */
public final class DemoFiles {

    private final Path dir;

    public DemoFiles(Path uploadDir) {
        this.dir = uploadDir.resolve("demo");
    }

    public Path dir() {
        return dir;
    }

    /** Paints and writes the pictures not yet on disk, using all cores (painting is CPU-bound). */
    public int writeImages() {
        List<ImageCatalog.Image> missing = ImageCatalog.images().stream()
                .filter(image -> !Files.exists(dir.resolve(image.fileName()))).toList();
        missing.parallelStream().forEach(image -> write(image.fileName(), jpeg(LandscapePainter.paint(image))));
        return missing.size();
    }

    public void writeBanners() {
        for (MediaPlan.Link link : MediaPlan.LINKS) {
            if (!Files.exists(dir.resolve(link.fileName()))) {
                write(link.fileName(), png(BannerPainter.paint(link)));
            }
        }
    }

    public void writeSongs() {
        for (int i = 0; i < MediaPlan.SONGS.size(); i++) {
            MediaPlan.Song song = MediaPlan.SONGS.get(i);
            if (!Files.exists(dir.resolve(song.fileName()))) {
                write(song.fileName(), ToneWriter.melody(1000 + i));
            }
        }
    }

    /** Writes the shared attachment PDFs and returns them with their sizes. */
    public List<DemoFile> writeAttachments() {
        return MediaPlan.ATTACHMENTS.stream().map(a -> {
            byte[] pdf = attachmentPdf(a);
            if (!Files.exists(dir.resolve(a.fileName()))) {
                write(a.fileName(), pdf);
            }
            return new DemoFile(a.fileName(), a.displayName(), pdf.length);
        }).toList();
    }

    static byte[] attachmentPdf(MediaPlan.Attachment a) {
        return PdfWriter.page(List.of(a.heading(), "Van phong Dieu phoi nong thon moi tinh",
                "Tep dinh kem mau, phuc vu trinh dien Cong thong tin."));
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            // a name of our own rather than createTempFile, whose 0600 mode would hide the file from a web server
            Path tmp = dir.resolve(name + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demo file " + name, e);
        }
    }

    static byte[] jpeg(BufferedImage image) {
        return ImageBytes.jpeg(image);
    }

    static byte[] png(BufferedImage image) {
        return ImageBytes.png(image);
    }
}
