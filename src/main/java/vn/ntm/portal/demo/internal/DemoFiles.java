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

    /** A one-page PDF for each document, named by its content hash (so another seed never reuses a name). */
    public List<DocumentPdf> writeDocumentPdfs(List<DemoDocument> docs, java.util.Map<String, String> typeNames) {
        return docs.stream().map(d -> {
            List<String> lines = new java.util.ArrayList<>(List.of(
                    typeNames.getOrDefault(d.typeCode(), "Van ban") + " so " + d.numberSymbol(), d.issuingBody(),
                    "Ngay ban hanh: " + d.issuedOn(), ""));
            lines.addAll(wrap(d.abstractText(), 70));
            lines.addAll(List.of("", "Van ban mau phuc vu trinh dien Cong thong tin, khong co gia tri phap ly."));
            byte[] pdf = PdfWriter.page(lines);
            String sha = sha256(pdf);
            String name = "van-ban-" + sha.substring(0, 20) + ".pdf";
            if (!Files.exists(dir.resolve(name))) {
                write(name, pdf);
            }
            return new DocumentPdf("demo/" + name, sha, pdf.length);
        }).toList();
    }

    /** A generated document PDF: its path relative to the upload directory, SHA-256 and size. */
    public record DocumentPdf(String path, String sha256, long size) {
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
