package vn.ntm.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.web.UserInputException;

/**
 * The private area of the upload directory: files are checked by content like every upload, kept under
 * {@code <upload-dir>/private/}, read back by id, and never served under {@code /uploads/}, whatever the
 * address looks like; a refusal writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadsPrivateTest {

    @LocalServerPort
    int port;
    @Autowired
    UploadsApi uploads;
    @Autowired
    JdbcClient jdbc;
    @Value("${ntm.upload-dir}")
    Path uploadDir;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPrivateDocumentIsKeptByteForByteReadByIdAndNeverServed() throws Exception {
        byte[] pdf = Samples.pdf();
        PrivateFile file = uploads.storePrivate("Đơn đề nghị.pdf", new ByteArrayInputStream(pdf), "hoi-dap");

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.extension()).isEqualTo("pdf");
        assertThat(file.byteSize()).isEqualTo(pdf.length);
        assertThat(file.originalName()).isEqualTo("Đơn đề nghị.pdf");
        assertThat(file.image()).isFalse();
        String path = path(file.id());
        assertThat(path).startsWith("private/").endsWith(".pdf");
        assertThat(Files.readAllBytes(uploadDir.resolve(path))).isEqualTo(pdf);
        try (InputStream in = uploads.openPrivate(file.id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(uploads.findPrivate(file.id())).contains(file);
        assertThat(uploads.findDocument(file.id())).as("not a public document").isEmpty();
        assertThat(uploads.openPrivate(987654321L)).isEmpty();

        for (String url : new String[] {"/uploads/" + path, "/uploads/" + path.replaceFirst("^private", "PRIVATE"),
                "/uploads//" + path, "/uploads/documents/../" + path, "/uploads/./" + path, "/uploads/%70rivate/" + path.substring(8)}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(url).isIn(400, 404);
            assertThat(r.body()).as(url).doesNotContain("%PDF");
        }
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uploads/" + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(404);
    }

    @Test
    void aPrivateImageIsReEncodedAtItsOwnSizeWithoutThumbnails() throws Exception {
        PrivateFile file = uploads.storePrivate("anh-chup.jpg", new ByteArrayInputStream(Samples.jpeg(2000, 900)), "hoi-dap");

        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.image()).isTrue();
        assertThat(file.width()).isEqualTo(2000);
        assertThat(file.height()).isEqualTo(900);
        String path = path(file.id());
        assertThat(path).startsWith("private/").endsWith(".jpg");
        try (InputStream in = uploads.openPrivate(file.id()).orElseThrow()) {
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(2000);
        }
        try (var siblings = Files.list(uploadDir.resolve(path).getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains("x")).filter(n -> n.matches(".*-\\d+x\\d+\\..*")))
                    .as("no thumbnails").isEmpty();
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uploads/" + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedPrivateFileStoresNothing() {
        long rows = jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
        Set<String> files = UploadDirectory.files(uploadDir);
        for (byte[] bad : new byte[][] {Samples.ascii("<html><script>alert(1)</script></html>"), Samples.ascii("<?php echo 1; ?>"),
                Samples.concat(new byte[] {'M', 'Z'}, new byte[64])}) {
            assertThatThrownBy(() -> uploads.storePrivate("don.pdf", new ByteArrayInputStream(bad), "hoi-dap"))
                    .isInstanceOfSatisfying(UserInputException.class, e -> {
                        assertThat(e.status()).isEqualTo(415);
                        assertThat(e.getMessage()).contains("PDF, Word", "ảnh");
                    });
        }
        assertThatThrownBy(() -> uploads.storePrivate("hong.pdf", new ByteArrayInputStream(Samples.ascii("%PDF-1.4\nkhông có phần kết")),
                "hoi-dap")).isInstanceOf(UserInputException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single()).isEqualTo(rows);
        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
    }

    private String path(long id) {
        return jdbc.sql("SELECT path FROM uploaded_file WHERE id = ? AND kind = 'PRIVATE'").param(id).query(String.class).single();
    }
}
