package vn.ntm.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.qa.internal.FormStamp;
import vn.ntm.portal.qa.internal.HolidayCalendar;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * The citizen Q&A end to end over HTTP against the embedded PostgreSQL: filing (with a real SMTP
 * server, GreenMail), tracking, the staff's steps, the FAQ, "helpful?" votes, and every refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QaFlowTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern CODE = Pattern.compile("ma=(HD-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);
    private static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormStamp stamps;
    @Autowired
    HolidayCalendar calendar;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    /** A visitor of the public site: keeps cookies, has its own address, posts multipart forms. */
    final class Citizen {
        final String ip = "10.77." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> withToken = new LinkedHashMap<>(form);
            if (!withToken.containsKey("_csrf")) {
                withToken.put("_csrf", AdminClient.csrf(get(path).body()));
            }
            String body = withToken.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Files the question form (CSRF token from the form page) with an optional attachment. */
        HttpResponse<String> ask(Map<String, String> fields, String fileName, byte[] file) throws Exception {
            String csrf = AdminClient.csrf(get("/hoi-dap/dat-cau-hoi").body());
            String boundary = "----qa" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(request("/hoi-dap/dat-cau-hoi").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", ip)
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36");
        }
    }

    /** A complete, valid question; {@code marker} makes it findable. */
    private Map<String, String> question(String marker) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stamp", stamps.issue(Instant.now().minusSeconds(60)));
        f.put("website", "");
        f.put("name", "Nguyễn Thị Hoa");
        f.put("email", "hoa." + marker + "@example.test");
        f.put("phone", "0912 345 678");
        f.put("address", "Xã Tân Phú, huyện Châu Thành");
        f.put("topic", String.valueOf(jdbc.sql("SELECT id FROM qa_topic ORDER BY position LIMIT 1").query(Long.class).single()));
        f.put("title", "Hỏi về tiêu chí nước sạch " + marker);
        f.put("content", "Xin hỏi xã tôi cần đạt tỷ lệ hộ dùng nước sạch bao nhiêu?\nCảm ơn <b>cơ quan</b>.");
        f.put("consent", "1");
        return f;
    }

    private long questions(String marker) {
        return jdbc.sql("SELECT count(*) FROM qa_question WHERE title LIKE ?").param("%" + marker).query(Long.class).single();
    }

    private void remove(long id) {
        jdbc.sql("DELETE FROM helpful_vote WHERE target_type = 'hoi-dap' AND target_id = ?").param(id).update();
        jdbc.sql("DELETE FROM qa_question WHERE id = ?").param(id).update();
    }

    private AdminClient staff(String... roles) throws Exception {
        AdminClient c = new AdminClient(port);
        assertThat(AdminClient.location(c.signIn(TestUsers.create(users, encoder, roles), TestUsers.PASSWORD))).endsWith("/quan-tri");
        return c;
    }

    @Test
    void aQuestionIsFiledTrackedAnsweredApprovedAndPublished() throws Exception {
        String marker = "m" + System.nanoTime();
        Citizen citizen = new Citizen();
        HttpResponse<String> sent = citizen.ask(question(marker), "cong-van.pdf", PDF.getBytes(StandardCharsets.US_ASCII));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        Matcher m = CODE.matcher(AdminClient.location(sent));
        assertThat(m.find()).as(AdminClient.location(sent)).isTrue();
        String code = m.group(1);
        long id = jdbc.sql("SELECT id FROM qa_question WHERE tracking_code = ?").param(code).query(Long.class).single();
        try {
            Map<String, Object> row = jdbc.sql("SELECT phone, consent_version, consent_at IS NOT NULL AS consented, attachment_id, status"
                    + " FROM qa_question WHERE id = ?").param(id).query().singleRow();
            assertThat(row.get("phone")).isEqualTo("+84912345678");
            assertThat(row.get("consent_version")).isEqualTo("ND13-2023-v1");
            assertThat(row.get("consented")).isEqualTo(true);
            assertThat(row.get("attachment_id")).as("a private file").isNotNull();
            assertThat(row.get("status")).isEqualTo("RECEIVED");

            // the receipt mail with the code
            assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage receipt = mail.getReceivedMessages()[0];
            assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo("hoa." + marker + "@example.test");
            assertThat(receipt.getSubject()).contains(code);
            assertThat(receipt.getContent().toString()).contains(code).contains("/hoi-dap/tra-cuu?ma=" + code);

            // the confirmation and tracking page: status, dates, never the contact details
            String due = VietnameseFormat.date(calendar.workingDays().dueDate(HolidayCalendar.today()));
            String tracking = citizen.get(AdminClient.location(sent).replaceFirst("^http://[^/]+", "")).body();
            assertThat(tracking).contains(code).contains("Đã tiếp nhận").contains(due)
                    .contains(VietnameseFormat.date(HolidayCalendar.today()))
                    .doesNotContain("hoa." + marker).doesNotContain("912345678").doesNotContain("Xã Tân Phú");
            assertThat(new Citizen().get("/hoi-dap/tra-cuu?ma=" + code.toLowerCase()).body()).as("codes read case-insensitively")
                    .contains("Đã tiếp nhận");

            // a handler assigns it and drafts; the draft is not public
            String handlerLogin = TestUsers.create(users, encoder, QaRoles.HANDLER);
            AdminClient handler = new AdminClient(port);
            assertThat(AdminClient.location(handler.signIn(handlerLogin, TestUsers.PASSWORD))).endsWith("/quan-tri");
            String detail = handler.get("/quan-tri/hoi-dap/" + id).body();
            assertThat(detail).contains("hoa." + marker + "@example.test").contains("+84912345678")
                    .contains("Cảm ơn &lt;b&gt;cơ quan&lt;/b&gt;.").doesNotContain("<b>cơ quan</b>");
            long handlerId = users.findByLogin(handlerLogin).orElseThrow().id();
            assertThat(handler.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/phan-cong",
                    Map.of("handler", String.valueOf(handlerId))).statusCode()).isEqualTo(302);
            assertThat(handler.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/ghi-chu",
                    Map.of("body", "Ghi chú nội bộ " + marker)).statusCode()).isEqualTo(302);
            String answer = "Theo Bộ tiêu chí, tỷ lệ hộ dùng nước sạch đạt từ 60% trở lên.\nTrân trọng.";
            assertThat(handler.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/du-thao",
                    Map.of("draft", answer)).statusCode()).isEqualTo(302);
            assertThat(citizen.get("/hoi-dap/tra-cuu?ma=" + code).body()).contains("Đang xử lý")
                    .doesNotContain("60% trở lên").doesNotContain("Ghi chú nội bộ");
            assertThat(handler.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/duyet", Map.of()).statusCode())
                    .as("a handler may not approve").isEqualTo(403);
            assertThat(staff(Roles.REPORTER).get("/quan-tri/hoi-dap/" + id).statusCode()).as("a reporter sees no questions").isEqualTo(403);

            // an administrator approves: the answer shows by code, the asker is mailed
            AdminClient admin = staff(Roles.ADMIN);
            assertThat(admin.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/duyet", Map.of()).statusCode()).isEqualTo(302);
            assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
            MimeMessage answered = mail.getReceivedMessages()[1];
            assertThat(answered.getSubject()).contains(code).contains("đã được trả lời");
            tracking = citizen.get("/hoi-dap/tra-cuu?ma=" + code).body();
            assertThat(tracking).contains("Đã trả lời").contains("60% trở lên.<br>Trân trọng.").doesNotContain("Ghi chú nội bộ");
            assertThat(admin.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/chuyen", Map.of("to", "Sở Xây dựng"))
                    .statusCode()).as("an answered question cannot be forwarded").isEqualTo(409);

            // not in the FAQ until published; then found by words typed without accents
            String search = "/hoi-dap?q=" + URLEncoder.encode("tieu chi nuoc sach " + marker, StandardCharsets.UTF_8);
            assertThat(citizen.get(search).body()).contains("data-empty").doesNotContain("Hỏi về tiêu chí nước sạch " + marker);
            assertThat(admin.submit("/quan-tri/hoi-dap/" + id, "/quan-tri/hoi-dap/" + id + "/cong-khai", Map.of("published", "true"))
                    .statusCode()).isEqualTo(302);
            String faq = citizen.get(search).body();
            assertThat(faq).contains("Hỏi về tiêu chí nước sạch " + marker);
            String path = jdbc.sql("SELECT '/hoi-dap/' || slug || '-' || id FROM qa_question WHERE id = ?").param(id).query(String.class).single();
            HttpResponse<String> page = citizen.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("60% trở lên").contains("Thông tin này có hữu ích không?")
                    .doesNotContain("hoa." + marker).doesNotContain("Nguyễn Thị Hoa").doesNotContain("Ghi chú nội bộ");
            assertThat(citizen.get("/sitemap-qa-1.xml").statusCode() == 200
                    || citizen.get("/sitemap.xml").body().contains("qa")).isTrue();

            // every step is in the audit log
            for (String action : new String[] {"qa.submitted", "qa.assigned", "qa.note-added", "qa.draft-saved", "qa.approved", "qa.published"}) {
                assertThat(vn.ntm.portal.accounts.AuditRows.count(jdbc, "qa_question", id, action)).as(action).isEqualTo(1);
            }

            // helpful? once per visitor, as a plain form post to feedback's shared endpoint
            Citizen reader = new Citizen();
            String answerPage = reader.get(path).body();
            String action = "/huu-ich/hoi-dap/" + id;
            assertThat(answerPage).contains("action=\"" + action + "\"");
            String token = AdminClient.csrf(answerPage);
            HttpResponse<String> yes = reader.post(action, Map.of("value", "co", "_csrf", token));
            assertThat(yes.statusCode()).isEqualTo(303);
            assertThat(AdminClient.location(yes)).endsWith(path + "?huu-ich=cam-on#huu-ich");
            assertThat(reader.get(path + "?huu-ich=cam-on").body()).contains("1 người thấy hữu ích").contains("Cảm ơn bạn đã cho ý kiến.");
            HttpResponse<String> again = reader.post(action, Map.of("value", "khong", "_csrf", token));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("Mỗi người chỉ được chọn một lần");
            assertThat(jdbc.sql("SELECT count(*) FROM helpful_vote WHERE target_type = 'hoi-dap' AND target_id = ?")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        } finally {
            remove(id);
        }
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        String marker = "b" + System.nanoTime();
        long files = jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
        record Case(String what, Map<String, String> change, int status, String message) {
        }
        var cases = new java.util.ArrayList<Case>();
        cases.add(new Case("no consent", Map.of("consent", ""), 400, "Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân"));
        cases.add(new Case("no contact", Map.of("email", "", "phone", ""), 400, "ít nhất một cách liên hệ"));
        cases.add(new Case("bad e-mail", Map.of("email", "hoa@@example"), 400, "Địa chỉ e-mail không hợp lệ."));
        cases.add(new Case("bad phone", Map.of("phone", "12345"), 400, "Số điện thoại không hợp lệ"));
        cases.add(new Case("honeypot", Map.of("website", "http://spam.example"), 400, "dấu hiệu được điền tự động"));
        cases.add(new Case("too fast", Map.of("stamp", stamps.issue(Instant.now())), 400, "Biểu mẫu được gửi quá nhanh"));
        cases.add(new Case("forged stamp", Map.of("stamp", "1." + "0".repeat(64)), 400, "Biểu mẫu đã hết hạn hoặc không hợp lệ"));
        cases.add(new Case("no topic", Map.of("topic", "987654321"), 400, "Vui lòng chọn lĩnh vực"));
        for (Case c : cases) {
            Map<String, String> form = question(marker);
            form.putAll(c.change());
            if ("".equals(c.change().get("consent"))) {
                form.remove("consent");
            }
            HttpResponse<String> r = new Citizen().ask(form, null, null);
            assertThat(r.statusCode()).as(c.what()).isEqualTo(c.status());
            assertThat(r.body()).as(c.what()).contains(c.message());
        }
        // an HTML page named .pdf is refused by its content
        HttpResponse<String> html = new Citizen().ask(question(marker), "bao-cao.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isBetween(400, 499);
        assertThat(html.body()).contains("Tệp đính kèm không được chấp nhận");
        // without the CSRF token
        Citizen noToken = new Citizen();
        noToken.get("/hoi-dap/dat-cau-hoi");
        assertThat(noToken.http.send(noToken.request("/hoi-dap/dat-cau-hoi").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        // flooding from one address: the sixth attempt within the hour is 429
        Citizen flood = new Citizen();
        Map<String, String> unconsented = question(marker);
        unconsented.remove("consent");
        for (int i = 0; i < 5; i++) {
            assertThat(flood.ask(unconsented, null, null).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> sixth = flood.ask(question(marker), null, null);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("Có quá nhiều câu hỏi được gửi từ địa chỉ mạng của bạn");

        assertThat(questions(marker)).as("nothing stored").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single()).as("no file stored").isEqualTo(files);
    }

    @Test
    void unknownOrMalformedCodesAre404AndLookupsAreLimited() throws Exception {
        Citizen c = new Citizen();
        HttpResponse<String> unknown = c.get("/hoi-dap/tra-cuu?ma=HD-2026-0000-0000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy câu hỏi nào có mã tra cứu này");
        assertThat(c.get("/hoi-dap/tra-cuu?ma=%27%20OR%201%3D1").statusCode()).isEqualTo(404);
        assertThat(c.get("/hoi-dap/tra-cuu").statusCode()).as("the empty lookup form").isEqualTo(200);
        int last = 0;
        for (int i = 0; i < 30; i++) {
            last = c.get("/hoi-dap/tra-cuu?ma=HD-2026-0000-" + String.format("%04d", i)).statusCode();
        }
        assertThat(last).isEqualTo(429);
        assertThat(c.get("/hoi-dap/tra-cuu?ma=HD-2026-0000-0001").body()).contains("Bạn đã tra cứu quá nhiều lần");
        assertThat(new Citizen().get("/hoi-dap/khong-co-cau-hoi-987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void theFaqListsSearchesAndPagesAndTheStaffListFilters() throws Exception {
        Citizen c = new Citizen();
        HttpResponse<String> faq = c.get("/hoi-dap");
        assertThat(faq.statusCode()).isEqualTo(200);
        assertThat(faq.body()).contains("Hỏi đáp").contains("Tiêu chí nông thôn mới").as("demo answers are listed").contains("class=\"qa-list\"");
        assertThat(c.get("/hoi-dap?linh-vuc=khong-co").statusCode()).isEqualTo(404);
        assertThat(c.get("/hoi-dap?trang=abc").statusCode()).isEqualTo(400);
        AdminClient admin = staff(Roles.ADMIN);
        assertThat(admin.get("/quan-tri/hoi-dap?han=qua").statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/hoi-dap?trang-thai=ANSWERED&han=sap").statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/hoi-dap?trang-thai=XYZ").statusCode()).isEqualTo(400);
        assertThat(admin.get("/quan-tri").body()).contains("Câu hỏi sắp đến hạn / quá hạn");
        assertThat(staff(Roles.EDITOR).get("/quan-tri").body()).doesNotContain("Câu hỏi sắp đến hạn / quá hạn");
    }
}
