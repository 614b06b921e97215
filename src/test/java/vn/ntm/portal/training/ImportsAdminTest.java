package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.domain.PersonalCodes;

/**
 * The import, attendance and reach screens over HTTP: multipart upload with CSRF, row-numbered errors with a 4xx and
 * nothing stored, the duplicate notice, the raw file's download, the attendance table, the review queue's decisions,
 * the rules and the manual reach figures, with their validation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportsAdminTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    private AdminClient manager() throws Exception {
        return TrainingFixtures.manager(port, users, encoder);
    }

    private Fixture programme() {
        return new TrainingFixtures(jdbc).programme("Tập huấn màn hình nhập", Instant.now().plus(Duration.ofDays(1)), false, LocalDate.of(2021, 9, 28));
    }

    private long register(Fixture f, String name, String email, String province) {
        return jdbc.sql("""
                INSERT INTO training_registration (programme_id, code, full_name, province_version, province_code, email, category,
                                                   channel_wanted, channel, status, consent_version, consent_at)
                VALUES (?, ?, ?, 2004, ?, ?, 'OFFICIAL', 'ZOOM', 'ZOOM', 'REGISTERED', 'ND13-2023-tap-huan-v1', now()) RETURNING id""")
                .params(f.id(), PersonalCodes.generate(), name, province, email).query(Long.class).single();
    }

    /** Posts the import form as a browser does (multipart, the token in the _csrf field unless null). */
    private HttpResponse<String> upload(AdminClient http, Fixture f, String token, Map<String, String> fields, String fileName, byte[] content)
            throws Exception {
        String boundary = "----nhap" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        if (token != null) {
            all.put("_csrf", token);
        }
        all.putAll(fields);
        for (Map.Entry<String, String> e : all.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/quan-tri/tap-huan/" + f.id() + "/nhap-so-lieu"))
                .header("User-Agent", BROWSER).header("X-Forwarded-For", http.ip())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        http.sessionCookie().ifPresent(s -> b.header("Cookie", "SESSION=" + s));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The path of a redirect's absolute Location. */
    private static String path(HttpResponse<?> response) {
        return AdminClient.location(response).replaceFirst("^https?://[^/]+", "");
    }

    /** The attendance table's row of a registration. */
    private static String row(String html, long registrationId) {
        int start = html.indexOf("data-attendance=\"" + registrationId + "\"");
        assertThat(start).as("row of " + registrationId).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private long imports(Fixture f) {
        return jdbc.sql("SELECT count(*) FROM training_import WHERE session_id = ?").param(f.sessionId()).query(Long.class).single();
    }

    @Test
    void aManagerImportsAReportSeesTheDuplicateNoticeAndDownloadsTheRawFile() throws Exception {
        AdminClient http = manager();
        Fixture f = programme();
        register(f, "Nguyễn Văn An", "an.nguyen@example.vn", "40");
        String base = "/quan-tri/tap-huan/" + f.id();
        assertThat(http.get(base).body()).contains("href=\"" + base + "/nhap-so-lieu\"", "href=\"" + base + "/diem-danh\"", "href=\"" + base + "/luot-xem\"");
        HttpResponse<String> form = http.get(base + "/nhap-so-lieu");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("data-import-form", "enctype=\"multipart/form-data\"", "/static/js/training-import.js",
                "value=\"Asia/Ho_Chi_Minh\"", "<option value=\"" + f.sessionId() + "\"", "Tự nhận dạng", "data-import-progress");
        String token = AdminClient.csrf(form.body());
        byte[] file = ImportServiceTest.fixture("zoom-meeting-classic.csv");

        // without the token nothing is stored
        assertThat(upload(http, f, null, Map.of("buoi", String.valueOf(f.sessionId())), "zoom.csv", file).statusCode()).isEqualTo(403);
        assertThat(imports(f)).isZero();

        HttpResponse<String> stored = upload(http, f, token, Map.of("buoi", String.valueOf(f.sessionId()), "loai", "ZOOM_MEETING",
                "mui_gio", "Asia/Ho_Chi_Minh"), "zoom-buổi-1.csv", file);
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(stored)).contains(base + "/nhap-so-lieu?nhap=");
        long importId = Long.parseLong(AdminClient.location(stored).replaceAll(".*nhap=(\\d+).*", "$1"));
        String page = http.get(path(stored)).body();
        assertThat(page).contains("data-notice", "Đã nhập zoom-buổi-1.csv", "8 dòng", "data-import=\"" + importId + "\"", "Đang dùng");
        String sha = jdbc.sql("SELECT sha256 FROM training_import WHERE id = ?").param(importId).query(String.class).single();
        assertThat(page).contains(sha.substring(0, 12) + "…");

        HttpResponse<String> again = upload(http, f, token, Map.of("buoi", String.valueOf(f.sessionId())), "lai-lan-nua.csv", file);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(http.get(path(again)).body()).contains("Tệp này đã được nhập lúc", "không có số liệu nào được tính hai lần");
        assertThat(imports(f)).isEqualTo(1);

        HttpResponse<byte[]> raw = HttpClient.newBuilder().build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + base + "/nhap-so-lieu/" + importId + "/tep")).header("User-Agent", BROWSER)
                .header("Cookie", "SESSION=" + http.sessionCookie().orElseThrow()).header("X-Forwarded-For", http.ip()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(file);
        assertThat(raw.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("filename*=UTF-8''zoom-bu%E1%BB%95i-1.csv");
        assertThat(AuditRows.count(jdbc, "training_import", importId, "training.import-downloaded")).isEqualTo(1);
        // another programme's import is not reachable through this one
        Fixture other = programme();
        assertThat(http.get("/quan-tri/tap-huan/" + other.id() + "/nhap-so-lieu/" + importId + "/tep").statusCode()).isEqualTo(404);
    }

    @Test
    void badFilesAndBadFieldsGetAVietnamese4xxAndStoreNothing() throws Exception {
        AdminClient http = manager();
        Fixture f = programme();
        String token = AdminClient.csrf(http.get("/quan-tri/tap-huan/" + f.id() + "/nhap-so-lieu").body());
        String session = String.valueOf(f.sessionId());

        HttpResponse<String> bad = upload(http, f, token, Map.of("buoi", session), "loi.csv", ImportServiceTest.fixture("zoom-meeting-bad-rows.csv"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("data-import-errors", "Không có số liệu nào được lưu", "<li>Dòng 3: ", "<li>Dòng 4: ");

        HttpResponse<String> excel = upload(http, f, token, Map.of("buoi", session), "bang.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4});
        assertThat(excel.statusCode()).isEqualTo(422);
        assertThat(excel.body()).contains("Tệp Excel (.xlsx, .xls) không nhập trực tiếp được");

        HttpResponse<String> wrongKind = upload(http, f, token, Map.of("buoi", session, "loai", "YOUTUBE"), "zoom.csv",
                ImportServiceTest.fixture("zoom-meeting-classic.csv"));
        assertThat(wrongKind.statusCode()).isEqualTo(422);
        assertThat(wrongKind.body()).contains("không phải số liệu xuất từ YouTube Studio");

        HttpResponse<String> zone = upload(http, f, token, Map.of("buoi", session, "mui_gio", "Sao Hỏa/Trạm 1"), "zoom.csv",
                ImportServiceTest.fixture("zoom-meeting-classic.csv"));
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.body()).contains("Múi giờ");

        Fixture other = programme();
        assertThat(upload(http, f, token, Map.of("buoi", String.valueOf(other.sessionId())), "zoom.csv",
                ImportServiceTest.fixture("zoom-meeting-classic.csv")).statusCode()).isEqualTo(400);
        assertThat(upload(http, f, token, Map.of("buoi", "abc"), "zoom.csv", ImportServiceTest.fixture("zoom-meeting-classic.csv")).statusCode())
                .isEqualTo(400);
        HttpResponse<String> noFile = upload(http, f, token, Map.of("buoi", session), null, null);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Hãy chọn tệp báo cáo");
        assertThat(http.post("/quan-tri/tap-huan/" + f.id() + "/nhap-so-lieu", Map.of("_csrf", token, "buoi", session)).statusCode()).isEqualTo(400);

        assertThat(imports(f)).isZero();
        assertThat(imports(other)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM training_zoom_person WHERE session_id = ?").param(f.sessionId()).query(Long.class).single()).isZero();
    }

    @Test
    void attendanceReviewRulesAndReachScreens() throws Exception {
        AdminClient http = manager();
        Fixture f = programme();
        long an = register(f, "Nguyễn Văn An", "an.nguyen@example.vn", "40");
        long cuong = register(f, "Lê Hoàng Cường", "cuong.lh@example.vn", "01");
        String base = "/quan-tri/tap-huan/" + f.id();
        String token = AdminClient.csrf(http.get(base + "/nhap-so-lieu").body());
        assertThat(upload(http, f, token, Map.of("buoi", String.valueOf(f.sessionId())), "zoom.csv",
                ImportServiceTest.fixture("zoom-meeting-classic.csv")).statusCode()).isEqualTo(302);

        String table = http.get(base + "/diem-danh?buoi=" + f.sessionId()).body();
        assertThat(table).contains("data-attendance=\"" + an + "\"", "Có mặt", "data-pending>5<");
        assertThat(row(table, an)).contains("data-minutes>208<", "data-status>Có mặt<");
        // Cường registered for Zoom and not matched yet: absent, 0 minutes
        assertThat(row(table, cuong)).contains("data-minutes>0<", "data-status>Vắng<");
        assertThat(http.get(base + "/diem-danh?buoi=abc").statusCode()).isEqualTo(404);
        assertThat(http.get(base + "/diem-danh?buoi=" + f.sessionId() + "&trang=0").statusCode()).isEqualTo(400);

        HttpResponse<String> queue = http.get(base + "/diem-danh/doi-chieu?buoi=" + f.sessionId());
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Le Hoang Cuong", "Trùng họ tên nhưng không xác định được tỉnh để đối chiếu",
                "name=\"dang_ky\" value=\"" + cuong + "\"");
        assertThat(http.get(base + "/diem-danh/doi-chieu?buoi=" + f.sessionId() + "&tim=cuong.lh").body()).contains("data-found", "Lê Hoàng Cường");
        assertThat(http.get(base + "/diem-danh/doi-chieu").statusCode()).isEqualTo(400);
        long guest = jdbc.sql("SELECT id FROM training_zoom_person WHERE session_id = ? AND name = 'Le Hoang Cuong'").param(f.sessionId())
                .query(Long.class).single();
        String qtoken = AdminClient.csrf(queue.body());
        String match = base + "/diem-danh/doi-chieu/" + guest + "/ghep";
        HttpResponse<String> noChoice = http.post(match, Map.of("_csrf", qtoken));
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(noChoice.body()).contains("Hãy chọn một người đăng ký gợi ý hoặc nhập mã đăng ký");
        assertThat(http.post(match, Map.of("_csrf", qtoken, "ma", "không-phải-mã")).statusCode()).isEqualTo(400);
        assertThat(http.post(match, Map.of("_csrf", qtoken, "ma", "ZZZZZZZZ")).statusCode()).isEqualTo(422);
        String code = jdbc.sql("SELECT code FROM training_registration WHERE id = ?").param(cuong).query(String.class).single();
        HttpResponse<String> matched = http.post(match, Map.of("_csrf", qtoken, "ma", code.toLowerCase()));
        assertThat(matched.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(matched)).contains("tb=ghep");
        assertThat(row(http.get(base + "/diem-danh?buoi=" + f.sessionId()).body(), cuong)).contains("data-minutes>38<", "data-status>Vắng<");

        long organiser = jdbc.sql("SELECT id FROM training_zoom_person WHERE session_id = ? AND name = 'Ban tổ chức'").param(f.sessionId())
                .query(Long.class).single();
        assertThat(http.post(base + "/diem-danh/doi-chieu/" + organiser + "/bo-qua", Map.of("_csrf", qtoken)).statusCode()).isEqualTo(302);
        assertThat(http.post(base + "/diem-danh/doi-chieu/" + organiser + "/bo-qua", Map.of("_csrf", qtoken)).statusCode()).isEqualTo(409);
        assertThat(http.post(base + "/diem-danh/doi-chieu/987654321/bo-qua", Map.of("_csrf", qtoken)).statusCode()).isEqualTo(404);

        // rules: validated, then saved and every session recomputed
        String rules = base + "/diem-danh/quy-tac";
        HttpResponse<String> badRules = http.post(rules, Map.of("_csrf", qtoken, "phut", "abc", "phan_tram", "60", "muon", "15"));
        assertThat(badRules.statusCode()).isEqualTo(400);
        assertThat(badRules.body()).contains("Số phút tối thiểu phải là số nguyên");
        assertThat(http.post(rules, Map.of("_csrf", qtoken, "phut", "0", "phan_tram", "0", "muon", "15")).statusCode()).isEqualTo(400);
        assertThat(http.post(rules, Map.of("_csrf", qtoken, "phut", "30", "phan_tram", "60", "muon", "15", "mui_gio", "Không/Có")).statusCode())
                .isEqualTo(400);
        assertThat(http.post(rules, Map.of("_csrf", qtoken, "phut", "30", "phan_tram", "60", "muon", "15", "mui_gio", "Asia/Bangkok",
                "buoi", String.valueOf(f.sessionId()))).statusCode()).isEqualTo(302);
        String recomputed = http.get(base + "/diem-danh?buoi=" + f.sessionId()).body();
        assertThat(row(recomputed, cuong)).contains("data-minutes>38<", "data-status>Có mặt<");
        assertThat(recomputed).contains("value=\"Asia/Bangkok\"");

        // reach: in "lượt", and the manual figures
        String reach = http.get(base + "/luot-xem").body();
        assertThat(reach).contains("8 lượt", "không phải số người");
        String save = base + "/luot-xem/" + f.sessionId();
        HttpResponse<String> badFigure = http.post(save, Map.of("_csrf", qtoken, "nen_tang", "YOUTUBE", "cao_nhat", "nhiều"));
        assertThat(badFigure.statusCode()).isEqualTo(400);
        assertThat(badFigure.body()).contains("phải là số nguyên không âm", "value=\"nhiều\"");
        assertThat(http.post(save, Map.of("_csrf", qtoken, "nen_tang", "TIKTOK", "cao_nhat", "1")).statusCode()).isEqualTo(400);
        assertThat(http.post(save, Map.of("_csrf", qtoken, "nen_tang", "YOUTUBE", "cao_nhat", "10", "trung_binh", "20")).statusCode()).isEqualTo(400);
        assertThat(http.post("/quan-tri/tap-huan/" + programme().id() + "/luot-xem/" + f.sessionId(),
                Map.of("_csrf", qtoken, "nen_tang", "YOUTUBE", "cao_nhat", "10")).statusCode()).isEqualTo(400);
        assertThat(http.post(save, Map.of("_csrf", qtoken, "nen_tang", "YOUTUBE", "luot_xem", "12.500", "cao_nhat", "1.200", "trung_binh", "800",
                "ghi_chu", "Ảnh chụp màn hình")).statusCode()).isEqualTo(302);
        assertThat(http.get(base + "/luot-xem").body()).contains("12.500 lượt", "1.200 lượt", "Ảnh chụp màn hình");
        assertThat(jdbc.sql("SELECT peak_concurrent FROM training_reach WHERE session_id = ? AND platform = 'YOUTUBE' AND import_id IS NULL")
                .param(f.sessionId()).query(Long.class).single()).isEqualTo(1200L);
    }
}
