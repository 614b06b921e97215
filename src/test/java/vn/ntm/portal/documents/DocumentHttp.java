package vn.ntm.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.accounts.AdminClient;

/** Test helpers for the documents registry: multipart posts with a signed-in session, and cleaning up. */
final class DocumentHttp {

    static final String PREFIX = "TEST-VB-";
    private static final String BOUNDARY = "----ntmDocumentBoundary7MA4YWxkTrZu0gW";

    private DocumentHttp() {
    }

    /** One file field: its name as the browser would send it and its bytes. */
    record Part(String fileName, byte[] bytes) {
    }

    static HttpResponse<String> multipart(int port, AdminClient client, String path, Map<String, List<String>> fields, List<Part> files)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            for (String v : e.getValue()) {
                write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + v + "\r\n");
            }
        }
        for (Part f : files) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.write(f.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36")
                .header("X-Forwarded-For", client.ip())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        client.sessionCookie().ifPresent(s -> b.header("Cookie", "SESSION=" + s));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> bytes(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every regular file under the upload directory except the demo files. */
    static Set<String> files(Path root) {
        Set<String> all = new TreeSet<>();
        if (!Files.exists(root)) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).filter(p -> !p.startsWith("demo")).forEach(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Removes the test documents, the files attached to them (rows and bytes) and nothing else. */
    static void cleanUp(JdbcClient jdbc, Path uploadDir) {
        List<Long> docs = jdbc.sql("SELECT id FROM legal_document WHERE number_symbol LIKE ?").param(PREFIX + "%").query(Long.class).list();
        for (long id : docs) {
            List<Long> files = jdbc.sql("SELECT file_id FROM legal_document_file WHERE document_id = ?").param(id).query(Long.class).list();
            jdbc.sql("DELETE FROM legal_document WHERE id = ?").param(id).update();
            for (long f : files) {
                boolean used = jdbc.sql("SELECT count(*) FROM legal_document_file WHERE file_id = ?").param(f).query(Long.class).single() > 0;
                if (!used) {
                    jdbc.sql("SELECT path FROM uploaded_file WHERE id = ?").param(f).query(String.class).optional().ifPresent(p -> {
                        try {
                            Files.deleteIfExists(uploadDir.resolve(p));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    jdbc.sql("DELETE FROM uploaded_file WHERE id = ?").param(f).update();
                }
            }
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
