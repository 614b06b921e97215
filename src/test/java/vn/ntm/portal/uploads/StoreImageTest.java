package vn.ntm.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ntm.portal.uploads.Samples.ascii;
import static vn.ntm.portal.uploads.Samples.concat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.web.UserInputException;

/**
 * Images through {@link UploadsApi} against the whole application, its PostgreSQL and its upload directory:
 * every hostile or broken file is refused with a Vietnamese message and leaves no file and no row behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreImageTest {

    private static final String PAYLOAD = "<html><script>alert(document.cookie)</script></html>";

    @Autowired
    UploadsApi uploads;

    @Autowired
    JdbcClient jdbc;

    @Value("${ntm.upload-dir}")
    Path uploadDir;

    @Test
    void jpegIsReencodedAndStoredUnderItsContentHashWithThumbnails() throws Exception {
        StoredImage image = uploads.storeImage("Ảnh hội nghị.jpg", in(Samples.jpeg(800, 600)), "  Hội nghị tổng kết  ", "editor");

        assertThat(image.url()).matches("/uploads/images/([0-9a-f]{2})/([0-9a-f]{2})/\\1\\2[0-9a-f]{60}\\.jpg");
        byte[] stored = Files.readAllBytes(file(image.url()));
        assertThat(image.url()).contains(sha256(stored));
        assertThat(image.width()).isEqualTo(800);
        assertThat(image.height()).isEqualTo(600);
        assertThat(image.alt()).isEqualTo("Hội nghị tổng kết");
        assertThat(image.originalName()).isEqualTo("Ảnh hội nghị.jpg");
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.uploadedBy()).isEqualTo("editor");
        assertThat(read(stored).getWidth()).isEqualTo(800);
        assertThat(image.thumbnails()).extracting(Thumbnail::width).containsExactly(160, 320, 640);
        for (Thumbnail t : image.thumbnails()) {
            BufferedImage thumb = ImageIO.read(file(t.url()).toFile());
            assertThat(thumb.getWidth()).as(t.url()).isEqualTo(t.width());
            assertThat(thumb.getHeight()).as(t.url()).isEqualTo(t.height());
            assertThat(t.width() * 9).isEqualTo(t.height() * 16);
        }
        assertThat(uploads.findImage(image.id())).contains(image);
    }

    @Test
    void wideImagesAreCappedAt1600PixelsKeepingTheirShape() throws Exception {
        StoredImage image = uploads.storeImage("wide.png", in(Samples.png(2400, 1000)), "Cánh đồng lúa", "editor");
        assertThat(image.width()).isEqualTo(1600);
        assertThat(image.height()).isEqualTo(667);
        assertThat(image.url()).endsWith(".jpg");
        assertThat(read(Files.readAllBytes(file(image.url()))).getWidth()).isEqualTo(1600);
    }

    @Test
    void transparentPngStaysPngAndGifIsAccepted() throws Exception {
        StoredImage png = uploads.storeImage("logo.png", in(Samples.transparentPng(300, 200)), "Biểu trưng", "editor");
        assertThat(png.url()).endsWith(".png");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(read(Files.readAllBytes(file(png.url()))).getColorModel().hasAlpha()).isTrue();
        assertThat(png.thumbnail(160).url()).endsWith("-160x90.png");

        StoredImage gif = uploads.storeImage("anh.gif", in(Samples.gif(120, 80)), "Ảnh động", "editor");
        assertThat(gif.url()).endsWith(".jpg");
        assertThat(Files.exists(file(gif.thumbnail(640).url()))).isTrue();
    }

    @Test
    void theSameImageTwiceIsStoredOnce() {
        byte[] jpeg = Samples.jpeg(640, 480);
        Set<String> before = UploadDirectory.files(uploadDir);
        StoredImage first = uploads.storeImage("a.jpg", in(jpeg), "Lần đầu", "editor");
        Set<String> afterFirst = UploadDirectory.files(uploadDir);
        StoredImage second = uploads.storeImage("b.jpg", in(jpeg), "Lần hai", "other");

        assertThat(afterFirst).hasSize(before.size() + 4);
        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(afterFirst);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.url()).isEqualTo(first.url());
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file WHERE path = ?").param(first.url().substring("/uploads/".length()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void polyglotJpegLosesItsAppendedPayload() throws Exception {
        byte[] polyglot = concat(Samples.jpeg(400, 300), ascii(PAYLOAD));
        assertThat(read(polyglot).getWidth()).isEqualTo(400);
        assertThat(contains(polyglot, ascii("<script"))).isTrue();
        StoredImage image = uploads.storeImage("anh.jpg", in(polyglot), "Ảnh có đuôi lạ", "editor");
        assertThat(contains(Files.readAllBytes(file(image.url())), ascii("<script"))).isFalse();
        for (Thumbnail t : image.thumbnails()) {
            assertThat(contains(Files.readAllBytes(file(t.url())), ascii("<script"))).isFalse();
        }
    }

    @Test
    void pathTraversalInTheNameReachesOnlyTheMetadata() throws Exception {
        Path outside = uploadDir.toAbsolutePath().getParent().resolve("x.png");
        StoredImage a = uploads.storeImage("../../etc/passwd.jpg", in(Samples.jpeg(100, 100)), "Ảnh A", "editor");
        StoredImage b = uploads.storeImage("..\\x.png", in(Samples.png(100, 100)), "Ảnh B", "editor");
        assertThat(a.originalName()).isEqualTo("passwd.jpg");
        assertThat(b.originalName()).isEqualTo("x.png");
        for (StoredImage image : new StoredImage[]{a, b}) {
            assertThat(file(image.url()).toRealPath()).startsWith(uploadDir.toRealPath().resolve("images"));
            assertThat(image.url()).doesNotContain("passwd", "x.png", "..");
        }
        assertThat(outside).doesNotExist();
        assertThat(UploadDirectory.files(uploadDir)).noneMatch(p -> p.contains("passwd") || p.endsWith("/x.png"));
    }

    @Test
    void hostileAndBrokenFilesAreRefusedAndNothingIsWritten() {
        byte[] jpeg = Samples.jpeg(300, 200);
        byte[] png = Samples.png(300, 200);
        refused(() -> in(ascii("AddType application/x-httpd-php .jpg\nOptions +ExecCGI\n")), ".htaccess", 415, "không phải là ảnh");
        refused(() -> in(ascii("<?php system($_GET['c']); ?>")), "shell.php", 415, "không phải là ảnh");
        refused(() -> in(ascii("<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>")), "x.jsp", 415, "không phải là ảnh");
        refused(() -> in(ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")), "logo.svg", 415, "SVG");
        refused(() -> in(concat(ascii("GIF89a"), ascii(PAYLOAD))), "anh.gif", null, null);
        refused(() -> in(concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, ascii(PAYLOAD))), "anh.jpg", 400, "bị hỏng");
        refused(() -> in(Arrays.copyOf(png, png.length / 2)), "cut.png", 400, "bị hỏng");
        refused(() -> in(Arrays.copyOf(jpeg, jpeg.length / 2)), "cut.jpg", 400, "bị hỏng");
        refused(() -> in(concat(ascii("RIFF\0\0\0\0WEBPVP8 "), new byte[64])), "anh.webp", 415, "WebP");
        refused(() -> in(concat(ascii("MZ"), new byte[200])), "anh.jpg", 415, "không phải là ảnh JPEG, PNG hoặc GIF");
        refused(() -> in(new byte[0]), "empty.jpg", 400, "rỗng");
        refused(() -> in(Samples.pngDeclaring(50_000, 50_000)), "bomb.png", 413, "12.000 × 12.000");
        refused(() -> in(Samples.pngDeclaring(10_000, 10_000)), "bomb.png", 413, "40 triệu điểm ảnh");
        refused(() -> in(concat(jpeg, new byte[10 * 1024 * 1024])), "big.jpg", 413, "tối đa là 10 MB");
        refused(() -> in(jpeg), "../../etc/passwd.jpg", "  ", 400, "Vui lòng nhập mô tả ảnh");
        refused(() -> in(jpeg), "a.jpg", null, 400, "Vui lòng nhập mô tả ảnh");
    }

    @Test
    void anOversizeUploadIsRefusedWithoutReadingAllOfIt() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 0xFF);
                read[0] += len;
                return len;
            }
        };
        refused(() -> endless, "huge.jpg", 413, "tối đa là 10 MB");
        assertThat(read[0]).isLessThanOrEqualTo(10L * 1024 * 1024 + 1);
    }

    private void refused(Supplier<InputStream> content, String name, Integer status, String message) {
        refused(content, name, "Mô tả", status, message);
    }

    private void refused(Supplier<InputStream> content, String name, String alt, Integer status, String message) {
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = rows();
        assertThatThrownBy(() -> uploads.storeImage(name, content.get(), alt, "editor"))
                .as(name).isInstanceOf(UserInputException.class)
                .satisfies(e -> {
                    UserInputException u = (UserInputException) e;
                    assertThat(u.status()).as(name).isBetween(400, 415);
                    if (status != null) {
                        assertThat(u.status()).as(name).isEqualTo(status);
                        assertThat(u.getMessage()).as(name).contains(message);
                    }
                });
        assertThat(UploadDirectory.files(uploadDir)).as(name).isEqualTo(files);
        assertThat(rows()).as(name).isEqualTo(rows);
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
    }

    private Path file(String url) {
        return uploadDir.resolve(url.substring("/uploads/".length()));
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
