package vn.ntm.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.qa.internal.FormStamp;

/**
 * A citizen's attachment is personal data: kept in the uploads module's private area, never reachable under
 * {@code /uploads/}, never linked from a public page, downloaded only by the Q&A staff through an audited
 * route with headers that stop it from being shown or run; a refused attachment stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QaAttachmentTest {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);
    private static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n% ";
    private static final String ROUTE = "/quan-tri/hoi-dap/%d/tep-dinh-kem";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormStamp stamps;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Value("${ntm.upload-dir}")
    Path uploadDir;

    @Test
    void theAttachmentIsPrivateAndOnlyTheStaffDownloadItAudited() throws Exception {
        String marker = "t" + System.nanoTime();
        byte[] pdf = (PDF + marker + "\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> sent = ask(question(marker), "Đơn kiến nghị.pdf", pdf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM qa_question WHERE title LIKE ?").param("%" + marker).query(Long.class).single();
        String code = jdbc.sql("SELECT tracking_code FROM qa_question WHERE id = ?").param(id).query(String.class).single();
        try {
            Map<String, Object> file = jdbc.sql("SELECT f.kind, f.path FROM qa_question q JOIN uploaded_file f ON f.id = q.attachment_id"
                    + " WHERE q.id = ?").param(id).query().singleRow();
            assertThat(file.get("kind")).isEqualTo("PRIVATE");
            String path = (String) file.get("path");
            assertThat(path).startsWith("private/").endsWith(".pdf");
            assertThat(Files.readAllBytes(uploadDir.resolve(path))).isEqualTo(pdf);

            AdminClient anonymous = new AdminClient(port);
            assertThat(anonymous.get("/uploads/" + path).statusCode()).as("not under /uploads/").isEqualTo(404);
            try (Stream<Path> all = Files.walk(uploadDir)) {
                assertThat(all.filter(p -> p.getFileName().toString().equals(Path.of(path).getFileName().toString())))
                        .as("stored once, in the private area only").hasSize(1);
            }

            // the public tracking page and the FAQ page never link or name it
            jdbc.sql("UPDATE qa_question SET status = 'ANSWERED', answer = 'Trả lời thử.', answer_draft = 'Trả lời thử.',"
                    + " answered_at = now(), approved_by = 'Quản trị', published = true WHERE id = ?").param(id).update();
            String slug = jdbc.sql("SELECT slug FROM qa_question WHERE id = ?").param(id).query(String.class).single();
            for (String page : new String[] {"/hoi-dap/tra-cuu?ma=" + code, "/hoi-dap/" + slug + "-" + id}) {
                HttpResponse<String> r = anonymous.get(page);
                assertThat(r.statusCode()).as(page).isEqualTo(200);
                assertThat(r.body()).as(page).doesNotContain("tep-dinh-kem").doesNotContain("Đơn kiến nghị")
                        .doesNotContain("/uploads/private").doesNotContain(path.substring(path.lastIndexOf('/') + 1));
            }

            // the staff screen offers it, the route serves it to handlers and administrators only
            String route = ROUTE.formatted(id);
            AdminClient handler = staff(QaRoles.HANDLER);
            assertThat(handler.get("/quan-tri/hoi-dap/" + id).body()).contains("href=\"" + route + "\"").contains("Đơn kiến nghị.pdf");
            for (AdminClient allowed : new AdminClient[] {handler, staff(Roles.ADMIN)}) {
                HttpResponse<String> r = allowed.get(route);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(pdf);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                        .contains("filename*=UTF-8''%C4%90%C6%A1n%20ki%E1%BA%BFn%20ngh%E1%BB%8B.pdf");
                assertThat(r.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(r.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
                assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            }
            assertThat(staff(Roles.REPORTER).get(route).statusCode()).isEqualTo(403);
            assertThat(staff(Roles.EDITOR).get(route).statusCode()).isEqualTo(403);
            HttpResponse<String> signIn = anonymous.get(route);
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(AdminClient.location(signIn)).endsWith("/dang-nhap");
            assertThat(AuditRows.count(jdbc, "qa_question", id, "qa.attachment-downloaded")).as("each download audited").isEqualTo(2);
            assertThat(handler.get(ROUTE.formatted(987654321L)).statusCode()).isEqualTo(404);
        } finally {
            jdbc.sql("DELETE FROM qa_question WHERE id = ?").param(id).update();
        }
    }

    @Test
    void aQuestionWithoutAttachmentHasNoDownload() throws Exception {
        String marker = "n" + System.nanoTime();
        assertThat(ask(question(marker), null, null).statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM qa_question WHERE title LIKE ?").param("%" + marker).query(Long.class).single();
        try {
            AdminClient handler = staff(QaRoles.HANDLER);
            assertThat(handler.get("/quan-tri/hoi-dap/" + id).body()).doesNotContain("tep-dinh-kem");
            assertThat(handler.get(ROUTE.formatted(id)).statusCode()).isEqualTo(404);
        } finally {
            jdbc.sql("DELETE FROM qa_question WHERE id = ?").param(id).update();
        }
    }

    @Test
    void aRefusedAttachmentStoresNothing() throws Exception {
        String marker = "r" + System.nanoTime();
        long rows = jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
        long privateFiles = privateFiles();
        for (byte[] bad : new byte[][] {"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.4\nbị cắt ngang".getBytes(StandardCharsets.UTF_8), {'M', 'Z', 0, 0, 0, 0, 0, 0}}) {
            HttpResponse<String> r = ask(question(marker), "don.pdf", bad);
            assertThat(r.statusCode()).isBetween(400, 499);
            assertThat(r.body()).contains("Tệp đính kèm không được chấp nhận");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM qa_question WHERE title LIKE ?").param("%" + marker).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single()).isEqualTo(rows);
        assertThat(privateFiles()).isEqualTo(privateFiles);
    }

    private long privateFiles() throws Exception {
        Path dir = uploadDir.resolve("private");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private AdminClient staff(String... roles) throws Exception {
        AdminClient c = new AdminClient(port);
        assertThat(AdminClient.location(c.signIn(TestUsers.create(users, encoder, roles), TestUsers.PASSWORD))).endsWith("/quan-tri");
        return c;
    }

    private Map<String, String> question(String marker) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stamp", stamps.issue(Instant.now().minusSeconds(60)));
        f.put("website", "");
        f.put("name", "Trần Văn Bình");
        f.put("email", "binh." + marker + "@example.test");
        f.put("topic", String.valueOf(jdbc.sql("SELECT id FROM qa_topic ORDER BY position LIMIT 1").query(Long.class).single()));
        f.put("title", "Hỏi về hồ sơ đề nghị hỗ trợ " + marker);
        f.put("content", "Tôi gửi kèm đơn đề nghị, xin cơ quan xem giúp.");
        f.put("consent", "1");
        return f;
    }

    /** Files the question form from a fresh client address, with the CSRF token of the form page. */
    private HttpResponse<String> ask(Map<String, String> fields, String fileName, byte[] file) throws Exception {
        String ip = "10.78." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        URI uri = URI.create("http://localhost:" + port + "/hoi-dap/dat-cau-hoi");
        String csrf = AdminClient.csrf(http.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", ip).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        String boundary = "----qa" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        for (var e : all.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", ip)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
