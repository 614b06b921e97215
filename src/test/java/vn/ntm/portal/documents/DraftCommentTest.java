package vn.ntm.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.documents.domain.DraftFormStamp;

/**
 * Drafts for public comment against the whole application over HTTP: a citizen comments on an open draft (pending,
 * not shown), an editor publishes it (shown, name and organisation, never the contact); drafts outside their window
 * refuse comments with the Vietnamese message and store nothing; every bad input is a 4xx with nothing stored; the
 * exports open with POI and PDFBox; reporters are kept out; the editor's steps are audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftCommentTest {

    static final String PREFIX = "TEST-DT-";
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DraftFormStamp stamps;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient editor;

    final class Citizen {
        final String ip = "10.88." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Sends the comment form of the draft at {@code page} (CSRF token from it), with an optional attachment. */
        HttpResponse<String> comment(long id, String page, Map<String, String> fields, String fileName, byte[] file) throws Exception {
            // a page outside the window has no form: the token (one cookie for the site) then comes from another form
            String html = get(page).body();
            String csrf = AdminClient.csrf(html.contains("name=\"_csrf\"") ? html : get("/hoi-dap/dat-cau-hoi").body());
            String boundary = "----dt" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(request("/du-thao/" + id + "/gop-y").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", ip)
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36");
        }
    }

    @BeforeEach
    void signIn() throws Exception {
        editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM document_draft WHERE title LIKE ?").param(PREFIX + "%").update();
    }

    /** A draft written straight to the table: its window from {@code opens} to {@code closes}, in {@code state}. */
    long draft(String title, Instant opens, Instant closes, String state) {
        long type = jdbc.sql("SELECT id FROM document_type ORDER BY position LIMIT 1").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO document_draft (slug, type_id, title, abstract, drafting_body, examining_body, comment_opens_at, comment_closes_at, state)
                VALUES ('du-thao-thu', ?, ?, 'Trích yếu dự thảo thử', 'Sở Nông nghiệp và Môi trường', 'Sở Tư pháp', ?, ?, ?) RETURNING id""")
                .params(type, PREFIX + title, Timestamp.from(opens), Timestamp.from(closes), state).query(Long.class).single();
    }

    long openDraft(String title) {
        return draft(title, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(10)), "PUBLISHED");
    }

    String page(long id) {
        return "/du-thao/du-thao-thu-" + id;
    }

    Map<String, String> comment(long id, String marker) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stamp", stamps.issue(id, Instant.now().minusSeconds(60)));
        f.put("website", "");
        f.put("name", "Nguyễn Thị Hương " + marker);
        f.put("email", "huong." + marker + "@example.test");
        f.put("phone", "");
        f.put("organisation", "Hợp tác xã Đồng Tâm");
        f.put("content", "Đề nghị bổ sung quy định hỗ trợ hộ nghèo " + marker + ".");
        f.put("consent", "1");
        return f;
    }

    long comments(long draftId) {
        return jdbc.sql("SELECT count(*) FROM document_draft_comment WHERE draft_id = ?").param(draftId).query(Long.class).single();
    }

    @Test
    void aCommentIsPendingUntilAnEditorPublishesItAndThenShowsWithoutTheContact() throws Exception {
        long id = openDraft("mở");
        Citizen citizen = new Citizen();
        String form = citizen.get(page(id)).body();
        assertThat(form).contains("Đang lấy ý kiến", "data-comment-form", "name=\"website\"", "name=\"stamp\"", "Nghị định 13/2023/NĐ-CP",
                "Cơ quan chủ trì soạn thảo", "Sở Tư pháp");
        HttpResponse<String> sent = citizen.comment(id, page(id), comment(id, "m1"), null, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(AdminClient.location(sent)).contains(page(id) + "?da-gui=1");
        var row = jdbc.sql("SELECT id, status, consent_version, consent_at IS NOT NULL AS consented FROM document_draft_comment WHERE draft_id = ?")
                .param(id).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)}).single();
        assertThat(row[1]).isEqualTo("PENDING");
        assertThat(row[2]).isEqualTo("ND13-2023-gop-y-v1");
        assertThat(row[3]).isEqualTo(true);
        assertThat(citizen.get(page(id)).body()).doesNotContain("Nguyễn Thị Hương m1");

        String moderation = editor.get("/quan-tri/du-thao/" + id + "/y-kien").body();
        assertThat(moderation).contains("Nguyễn Thị Hương m1", "huong.m1@example.test", "Chờ duyệt");
        long commentId = (long) row[0];
        HttpResponse<String> published = editor.post("/quan-tri/du-thao/" + id + "/y-kien/" + commentId + "/dang",
                Map.of("_csrf", AdminClient.csrf(moderation)));
        assertThat(published.statusCode()).isEqualTo(302);
        String shown = citizen.get(page(id)).body();
        assertThat(shown).contains("Nguyễn Thị Hương m1", "Hợp tác xã Đồng Tâm", "Đề nghị bổ sung quy định hỗ trợ hộ nghèo m1.")
                .doesNotContain("huong.m1@example.test");
        assertThat(AuditRows.count(jdbc, "document_draft", id, "draft.comment-published")).isEqualTo(1);

        // a second comment is rejected, with a reason required
        assertThat(citizen.comment(id, page(id), comment(id, "m2"), null, null).statusCode()).isEqualTo(302);
        long second = jdbc.sql("SELECT id FROM document_draft_comment WHERE draft_id = ? AND status = 'PENDING'").param(id).query(Long.class).single();
        String token = AdminClient.csrf(editor.get("/quan-tri/du-thao/" + id + "/y-kien").body());
        HttpResponse<String> noReason = editor.post("/quan-tri/du-thao/" + id + "/y-kien/" + second + "/tu-choi", Map.of("_csrf", token, "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Cần nhập lý do từ chối");
        assertThat(editor.post("/quan-tri/du-thao/" + id + "/y-kien/" + second + "/tu-choi",
                Map.of("_csrf", token, "reason", "Trùng lặp nội dung")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT reject_reason FROM document_draft_comment WHERE id = ?").param(second).query(String.class).single())
                .isEqualTo("Trùng lặp nội dung");
        assertThat(citizen.get(page(id)).body()).doesNotContain("Nguyễn Thị Hương m2");
        assertThat(AuditRows.count(jdbc, "document_draft", id, "draft.comment-rejected")).isEqualTo(1);

        // exports: one row per comment in Excel, the PDF summary parses and keeps the Vietnamese name
        HttpResponse<byte[]> xlsx = bytes("/quan-tri/du-thao/" + id + "/y-kien.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("a header and one row per comment").isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Nguyễn Thị Hương m1");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Từ chối");
        }
        HttpResponse<byte[]> pdf = bytes("/quan-tri/du-thao/" + id + "/y-kien.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO", "Nguyễn Thị Hương m1", "Hợp tác xã Đồng Tâm", "Sở Nông nghiệp và Môi trường",
                    "Số ý kiến: 2");
        }
    }

    @Test
    void aCommentsAttachmentIsPrivateAndOnlyTheDraftingBodyDownloadsIt() throws Exception {
        long id = openDraft("tệp");
        Citizen citizen = new Citizen();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> sent = citizen.comment(id, page(id), comment(id, "t1"), "y-kien-cua-toi.pdf", pdf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        var stored = jdbc.sql("""
                SELECT c.id, u.kind, u.path FROM document_draft_comment c JOIN uploaded_file u ON u.id = c.attachment_file_id
                 WHERE c.draft_id = ?""").param(id).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        long commentId = (long) stored[0];
        assertThat(stored[1]).isEqualTo("PRIVATE");
        assertThat(citizen.get("/uploads/" + stored[2]).statusCode()).as("not under /uploads/").isEqualTo(404);

        String route = "/quan-tri/du-thao/" + id + "/y-kien/" + commentId + "/tep";
        assertThat(editor.get("/quan-tri/du-thao/" + id + "/y-kien").body()).contains("href=\"" + route + "\"", "y-kien-cua-toi.pdf");
        HttpResponse<byte[]> download = bytes(route);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("y-kien-cua-toi.pdf");
        assertThat(download.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; sandbox");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(AuditRows.count(jdbc, "document_draft_comment", commentId, "draft.comment-attachment-downloaded")).isEqualTo(1);
        // a comment of another draft is not reachable through this draft
        assertThat(editor.get("/quan-tri/du-thao/" + openDraft("khác") + "/y-kien/" + commentId + "/tep").statusCode()).isEqualTo(404);

        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(reporter.get(route).statusCode()).isEqualTo(403);
        jdbc.sql("DELETE FROM document_draft_comment WHERE draft_id = ?").param(id).update();
    }

    @Test
    void draftsOutsideTheirWindowRefuseCommentsAndStoreNothing() throws Exception {
        long closed = draft("đóng", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), "PUBLISHED");
        long notYet = draft("chưa", Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(20)), "PUBLISHED");
        Citizen citizen = new Citizen();
        String closedPage = citizen.get(page(closed)).body();
        assertThat(closedPage).contains("Hết hạn lấy ý kiến").doesNotContain("data-comment-form");
        assertThat(citizen.get(page(notYet)).body()).contains("Chưa đến thời hạn lấy ý kiến").doesNotContain("data-comment-form");

        HttpResponse<String> late = citizen.comment(closed, page(closed), comment(closed, "late"), null, null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Dự thảo này đã hết hạn lấy ý kiến.");
        HttpResponse<String> early = citizen.comment(notYet, page(notYet), comment(notYet, "early"), null, null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Dự thảo này chưa đến thời hạn lấy ý kiến.");
        assertThat(comments(closed) + comments(notYet)).isZero();

        // the list filters by phase
        assertThat(citizen.get("/du-thao?trang-thai=het&q=" + java.net.URLEncoder.encode(PREFIX + "dong", StandardCharsets.UTF_8)).body())
                .as("keyword without accents").contains(PREFIX + "đóng").doesNotContain(PREFIX + "chưa");
        assertThat(citizen.get("/du-thao?trang-thai=chua").body()).contains(PREFIX + "chưa").doesNotContain(PREFIX + "đóng");
        assertThat(citizen.get("/du-thao?trang-thai=xyz").statusCode()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        long id = openDraft("lỗi");
        Citizen citizen = new Citizen();
        Map<String, String> noConsent = comment(id, "a");
        noConsent.remove("consent");
        assertRefused(citizen, id, noConsent, 400, "Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân");
        Map<String, String> noContact = comment(id, "b");
        noContact.put("email", "");
        assertRefused(citizen, id, noContact, 400, "Vui lòng nhập ít nhất một cách liên hệ");
        Map<String, String> honeypot = comment(id, "c");
        honeypot.put("website", "http://spam.example");
        assertRefused(new Citizen(), id, honeypot, 400, "biểu mẫu có dấu hiệu được điền tự động");
        Map<String, String> tooFast = comment(id, "d");
        tooFast.put("stamp", stamps.issue(id));
        assertRefused(new Citizen(), id, tooFast, 400, "Biểu mẫu được gửi quá nhanh");
        Map<String, String> otherDraft = comment(id, "e");
        otherDraft.put("stamp", stamps.issue(id + 1, Instant.now().minusSeconds(60)));
        assertRefused(new Citizen(), id, otherDraft, 400, "Biểu mẫu đã hết hạn hoặc không hợp lệ");
        Citizen html = new Citizen();
        HttpResponse<String> page = html.comment(id, page(id), comment(id, "f"), "gop-y.pdf",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isBetween(400, 499);
        assertThat(page.body()).contains("Tệp đính kèm không được chấp nhận");
        assertThat(comments(id)).isZero();

        // flood: the sixth comment from one address within the hour is a 429
        Citizen flood = new Citizen();
        for (int i = 0; i < 5; i++) {
            Map<String, String> bad = comment(id, "g" + i);
            bad.remove("consent");
            assertThat(flood.comment(id, page(id), bad, null, null).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> limited = flood.comment(id, page(id), comment(id, "h"), null, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Có quá nhiều ý kiến được gửi từ địa chỉ mạng của bạn");
        assertThat(comments(id)).isZero();
    }

    @Test
    void anEditorCreatesADraftWithAValidatedWindowAndPublishesItButAReporterIsKeptOut() throws Exception {
        long type = jdbc.sql("SELECT id FROM document_type ORDER BY position LIMIT 1").query(Long.class).single();
        String token = AdminClient.csrf(editor.get("/quan-tri/du-thao/moi").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("title", PREFIX + "Quy định hỗ trợ phát triển sản phẩm OCOP");
        form.put("typeId", String.valueOf(type));
        form.put("draftingBody", "Sở Nông nghiệp và Môi trường");
        form.put("opensAt", "2026-05-10T08:00");
        form.put("closesAt", "2026-05-01T08:00");
        HttpResponse<String> bad = editor.post("/quan-tri/du-thao/moi", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.");
        assertThat(jdbc.sql("SELECT count(*) FROM document_draft WHERE title LIKE ?").param(PREFIX + "%").query(Long.class).single()).isZero();
        form.put("closesAt", "2026-06-10T17:00");
        HttpResponse<String> created = editor.post("/quan-tri/du-thao/moi", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(jdbc.sql("SELECT comment_opens_at FROM document_draft WHERE id = ?").param(id).query(Timestamp.class).single().toInstant())
                .as("typed in Vietnam's time").isEqualTo(Instant.parse("2026-05-10T01:00:00Z"));
        assertThat(AuditRows.count(jdbc, "document_draft", id, "draft.created")).isEqualTo(1);
        assertThat(new Citizen().get("/du-thao/x-" + id).statusCode()).as("not public while prepared").isEqualTo(404);
        HttpResponse<String> step = editor.post("/quan-tri/du-thao/" + id + "/trang-thai", Map.of("_csrf", token, "state", "lay-y-kien"));
        assertThat(step.statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "document_draft", id, "draft.state-changed")).isEqualTo(1);
        assertThat(new Citizen().get("/du-thao/x-" + id).statusCode()).as("public now: redirected to its address").isEqualTo(301);
        HttpResponse<String> adoptedTooEarly = editor.post("/quan-tri/du-thao/" + id + "/trang-thai", Map.of("_csrf", token, "state", "da-ban-hanh"));
        assertThat(adoptedTooEarly.statusCode()).isEqualTo(409);

        AdminClient reporter = new AdminClient(port);
        reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD);
        assertThat(reporter.get("/quan-tri/du-thao").statusCode()).isEqualTo(403);
        assertThat(reporter.get("/quan-tri/du-thao/" + id + "/y-kien.xlsx").statusCode()).isEqualTo(403);
    }

    private void assertRefused(Citizen citizen, long id, Map<String, String> form, int status, String message) throws Exception {
        HttpResponse<String> r = citizen.comment(id, page(id), form, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains(message, "data-comment-form");
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36").header("X-Forwarded-For", editor.ip());
        editor.sessionCookie().ifPresent(s -> b.header("Cookie", "SESSION=" + s));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
