package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import vn.ntm.portal.training.internal.TrainingFormStamp;
import vn.ntm.portal.training.internal.TrainingJobs;

/**
 * The organisers' side over HTTP: provinces as reference data, building a programme (validation, audit), the
 * public pages and the iCal export, moderation, the list's filters, exports sorted by given name, bulk mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingAdminTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TrainingFormStamp stamps;
    @Autowired
    TrainingJobs jobs;

    private AdminClient manager() throws Exception {
        return TrainingFixtures.manager(port, users, encoder);
    }

    @Test
    void provincesAreTheTwoVersionsOfTheClasspathListsWithTheMappingOldToNew() throws Exception {
        for (int version : new int[] {2004, 2025}) {
            List<String> lines;
            try (InputStream in = getClass().getResourceAsStream("/training/provinces-" + version + ".csv")) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            }
            Map<String, String> csv = new LinkedHashMap<>();
            for (String l : lines) {
                String[] c = l.split(",");
                csv.put(c[0], c[1]);
            }
            Map<String, String> db = new LinkedHashMap<>();
            jdbc.sql("SELECT code, name FROM province WHERE version = ? ORDER BY code").param(version)
                    .query((rs, i) -> db.put(rs.getString(1), rs.getString(2))).list();
            assertThat(db).isEqualTo(csv);
            if (version == 2004) {
                Map<String, String> mapping = new HashMap<>();
                jdbc.sql("SELECT old_code, new_code FROM province_mapping").query((rs, i) -> mapping.put(rs.getString(1), rs.getString(2))).list();
                assertThat(mapping).hasSize(63);
                for (String l : lines) {
                    String[] c = l.split(",");
                    assertThat(mapping.get(c[0])).as(c[1]).isEqualTo(c[2]);
                }
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM province WHERE version = 2004").query(Long.class).single()).isEqualTo(63);
        assertThat(jdbc.sql("SELECT count(*) FROM province WHERE version = 2025").query(Long.class).single()).isEqualTo(34);
        // the codes that exist in both lists and name another place (not a renaming: "Tỉnh" become "Thành phố",
        // "Thừa Thiên Huế" become "Huế")
        List<String> differing = jdbc.sql("""
                SELECT o.code FROM province o JOIN province n ON n.code = o.code AND n.version = 2025
                 WHERE o.version = 2004
                   AND position(regexp_replace(n.name, '^(Tỉnh|Thành phố) ', '') IN regexp_replace(o.name, '^(Tỉnh|Thành phố) ', '')) = 0
                 ORDER BY o.code""").query(String.class).list();
        assertThat(differing).containsExactly("15", "24", "44", "52", "80", "82", "91");
    }

    @Test
    void aManagerBuildsAProgrammeWithValidationAuditAndItsPublicPagesAndCalendar() throws Exception {
        AdminClient admin = manager();
        Map<String, String> programme = new LinkedHashMap<>();
        programme.put("name", "Tập huấn thử, quản trị; chuỗi \\ 2027");
        programme.put("starts_on", "2027-03-01");
        programme.put("ends_on", "2027-02-01");
        programme.put("status", "PUBLISHED");
        HttpResponse<String> bad = admin.submit("/quan-tri/tap-huan/moi", "/quan-tri/tap-huan/moi", programme);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        programme.put("ends_on", "2027-03-20");
        programme.put("description", "<p>Giới thiệu <script>alert(1)</script><strong>đậm</strong></p>");
        programme.put("seats_ZOOM", "100");
        HttpResponse<String> created = admin.submit("/quan-tri/tap-huan/moi", "/quan-tri/tap-huan/moi", programme);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(AuditRows.count(jdbc, "training_programme", id, "training.programme-created")).isEqualTo(1);
        String slug = jdbc.sql("SELECT slug FROM training_programme WHERE id = ?").param(id).query(String.class).single();
        assertThat(slug).isEqualTo("tap-huan-thu-quan-tri-chuoi-2027");
        assertThat(jdbc.sql("SELECT description_html FROM training_programme WHERE id = ?").param(id).query(String.class).single())
                .doesNotContain("script").contains("<strong>đậm</strong>");
        assertThat(jdbc.sql("SELECT seats FROM training_capacity WHERE programme_id = ? AND channel = 'ZOOM'").param(id).query(Integer.class).single())
                .isEqualTo(100);
        String base = "/quan-tri/tap-huan/" + id;

        HttpResponse<String> speaker = admin.submit(base, base + "/bao-cao-vien", Map.of("name", "Nguyễn Văn Hòa", "title", "PGS.TS.", "organisation", "Trường Đại học Nông nghiệp"));
        assertThat(speaker.statusCode()).isEqualTo(302);
        long speakerId = jdbc.sql("SELECT id FROM training_speaker WHERE programme_id = ?").param(id).query(Long.class).single();
        assertThat(admin.submit(base, base + "/chuyen-de", Map.of("number", "1", "title", "Những điều cần biết về OCOP", "speaker", String.valueOf(speakerId)))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> duplicate = admin.submit(base, base + "/chuyen-de", Map.of("number", "1", "title", "Trùng số"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("Chương trình đã có chuyên đề số 1.");
        long topicId = jdbc.sql("SELECT id FROM training_topic WHERE programme_id = ?").param(id).query(Long.class).single();

        HttpResponse<String> backwards = admin.submit(base, base + "/buoi", Map.of("number", "1", "date", "2027-03-02", "start", "11:30", "end", "08:00"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Giờ kết thúc phải sau giờ bắt đầu.");
        HttpResponse<String> outside = admin.submit(base, base + "/buoi", Map.of("number", "1", "date", "2027-04-02", "start", "08:00", "end", "11:30",
                "topic", String.valueOf(topicId), "online", "1"));
        assertThat(AdminClient.location(outside)).contains("canh-bao=ngoai-thoi-gian");
        long sessionId = jdbc.sql("SELECT id FROM training_session WHERE programme_id = ?").param(id).query(Long.class).single();
        assertThat(admin.submit(base, base + "/buoi/" + sessionId, Map.of("number", "1", "date", "2027-03-02", "start", "08:00", "end", "11:30",
                "topic", String.valueOf(topicId), "online", "1")).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_session", sessionId, "training.item-updated")).isEqualTo(1);

        HttpResponse<String> http = admin.submit(base, base + "/kenh", Map.of("target", "buoi-" + sessionId, "kind", "YOUTUBE", "join_url", "http://youtube.com/x"));
        assertThat(http.statusCode()).isEqualTo(400);
        assertThat(http.body()).contains("Đường dẫn tham gia phải là địa chỉ https:// hợp lệ.");
        assertThat(admin.submit(base, base + "/kenh", Map.of("target", "buoi-" + sessionId, "kind", "YOUTUBE", "join_url", "https://www.youtube.com/watch?v=thu2027"))
                .statusCode()).isEqualTo(302);
        assertThat(admin.submit(base, base + "/kenh", Map.of("target", "buoi-" + sessionId, "kind", "ZOOM_WEBINAR", "join_url", "https://zoom.us/j/91234567890",
                "meeting_id", "91234567890")).statusCode()).isEqualTo(302);
        assertThat(admin.submit(base, base + "/tai-lieu", Map.of("topic", String.valueOf(topicId), "kind", "LINK", "title", "Tài liệu tham khảo", "url", "https://example.test/ocop.pdf"))
                .statusCode()).isEqualTo(302);
        // another programme's item is not reachable through this one
        Fixture other = new TrainingFixtures(jdbc).open("Chương trình khác");
        assertThat(admin.submit(base, base + "/chuyen-de/" + other.topics().get(0) + "/xoa", Map.of()).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM training_topic WHERE id = ?").param(other.topics().get(0)).query(Long.class).single()).isEqualTo(1);

        // the public pages
        Visitor visitor = new Visitor(port);
        String page = visitor.get("/tap-huan/" + slug).body();
        assertThat(page).contains("Thứ ba, 02/03/2027, 08:00–11:30").contains("Chuyên đề 1: Những điều cần biết về OCOP")
                .contains("PGS.TS. Nguyễn Văn Hòa").contains("Xem trực tiếp trên YouTube").doesNotContain("zoom.us")
                .contains("<strong>đậm</strong>").doesNotContain("<script>alert");
        assertThat(visitor.get("/tap-huan").body()).contains("/tap-huan/" + slug);
        assertThat(visitor.get("/tap-huan/" + slug + "/chuyen-de/1").body()).contains("Tài liệu tham khảo").contains("Buổi 1");
        assertThat(visitor.get("/tap-huan/" + slug + "/bao-cao-vien/" + speakerId).body()).contains("Trường Đại học Nông nghiệp")
                .contains("Chuyên đề 1");
        assertThat(visitor.get("/tap-huan/" + slug + "/chuyen-de/9").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/sitemap.xml").statusCode()).isEqualTo(200);

        HttpResponse<String> ics = visitor.get("/tap-huan/" + slug + "/lich.ics");
        assertThat(ics.headers().firstValue("Content-Type").orElse("").toLowerCase()).matches("text/calendar; ?charset=utf-8");
        String cal = ics.body();
        assertThat(cal).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n").contains("DTSTART:20270302T010000Z\r\n")
                .contains("DTEND:20270302T043000Z\r\n");
        String unfolded = cal.replace("\r\n ", "");
        assertThat(unfolded).contains("X-WR-CALNAME:Tập huấn thử\\, quản trị\\; chuỗi \\\\ 2027\r\n")
                .contains("UID:tap-huan-buoi-" + sessionId + "@localhost\r\n").doesNotContain("zoom.us");
        for (String line : cal.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(visitor.get("/tap-huan/" + slug + "/lich.ics").body().replaceAll("DTSTAMP:\\S+", ""))
                .as("the same calendar, UIDs stable").isEqualTo(cal.replaceAll("DTSTAMP:\\S+", ""));

        // drafts are not public
        jdbc.sql("UPDATE training_programme SET status = 'DRAFT' WHERE id = ?").param(id).update();
        assertThat(visitor.get("/tap-huan/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aModeratedProgrammeKeepsRegistrationsPendingUntilApprovedOrRejectedWithMail() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).programme("Chương trình thử duyệt", Instant.now().plusSeconds(86400), true,
                java.time.LocalDate.now().plusDays(20));
        String[] codes = new String[2];
        for (int i = 0; i < 2; i++) {
            Map<String, String> form = TrainingFixtures.form(stamps.issue(Instant.now().minusSeconds(60)), "Người duyệt " + i, "0901 100 20" + i,
                    "duyet" + i + "@example.test");
            HttpResponse<String> r = new Visitor(port).post(f.form(), f.form(), Visitor.fields(form));
            codes[i] = AdminClient.location(r).replaceAll(".*/dang-ky/([0-9A-Z]{8}).*", "$1");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM training_registration WHERE programme_id = ? AND status = 'PENDING'").param(f.id()).query(Long.class).single())
                .isEqualTo(2);
        AdminClient admin = manager();
        String list = admin.get("/quan-tri/tap-huan/" + f.id() + "/dang-ky?trang-thai=PENDING").body();
        assertThat(list).contains("Người duyệt 0").contains("/duyet");
        long first = jdbc.sql("SELECT id FROM training_registration WHERE code = ?").param(codes[0]).query(Long.class).single();
        long second = jdbc.sql("SELECT id FROM training_registration WHERE code = ?").param(codes[1]).query(Long.class).single();
        String listPath = "/quan-tri/tap-huan/" + f.id() + "/dang-ky";
        assertThat(admin.submit(listPath, listPath + "/" + first + "/duyet", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(listPath, listPath + "/" + second + "/tu-choi", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(listPath, listPath + "/" + second + "/duyet", Map.of()).statusCode()).as("only pending ones").isEqualTo(409);
        assertThat(jdbc.sql("SELECT status FROM training_registration WHERE id = ?").param(first).query(String.class).single()).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("SELECT status FROM training_registration WHERE id = ?").param(second).query(String.class).single()).isEqualTo("REJECTED");
        assertThat(AuditRows.count(jdbc, "training_registration", first, "training.registration-approved")).isEqualTo(1);
        assertThat(AuditRows.count(jdbc, "training_registration", second, "training.registration-rejected")).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            subjects.add(m.getAllRecipients()[0] + " " + m.getSubject());
        }
        assertThat(subjects).contains("duyet0@example.test Đăng ký đã được duyệt: Chương trình thử duyệt",
                "duyet1@example.test Đăng ký không được duyệt: Chương trình thử duyệt");
    }

    /** Registrations written directly, names in a shuffled order. */
    private void registrants(Fixture f, List<String> names) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(42));
        int i = 0;
        for (String name : shuffled) {
            i++;
            jdbc.sql("""
                    INSERT INTO training_registration (programme_id, code, full_name, organisation, province_version, province_code, phone, email,
                      category, channel_wanted, channel, status, consent_version, consent_at)
                    VALUES (?, ?, ?, 'UBND xã', 2025, '01', ?, ?, 'OFFICIAL', 'ZOOM', 'ZOOM', 'REGISTERED', 'ND13-2023-tap-huan-v1', now())""")
                    .params(f.id(), PersonalCodes.generate(), name, "+8490" + (1000000 + f.id() % 1000 * 100 + i), "xuat" + f.id() + "n" + i + "@example.test").update();
        }
    }

    /** A download as bytes, in the signed-in client's session. */
    private HttpResponse<byte[]> bytes(AdminClient admin, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + admin.sessionCookie().orElseThrow()).header("X-Forwarded-For", admin.ip()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void exportsAreSortedByGivenNameInVietnameseOrderAndTheListSearchIgnoresAccents() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Chương trình thử xuất");
        List<String> inOrder = List.of("Bùi Thị Anh", "Lê Anh", "Nguyễn Văn Anh", "Nguyễn Thị Ánh", "Trần Văn Bình", "Phạm Dũng", "Đỗ Đức",
                "Hoàng Thị Hà", "Vũ Thị Hạ", "Ngô Văn Ơn", "Lý Thị Yến");
        registrants(f, inOrder);
        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + f.id() + "/dang-ky";
        HttpResponse<byte[]> csv = bytes(admin, base + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Họ và tên,Tên,");
        List<String> lines = text.lines().skip(1).toList();
        assertThat(lines.stream().map(l -> l.split(",")[1]).toList()).containsExactlyElementsOf(inOrder);
        assertThat(lines.get(0)).startsWith("1,Bùi Thị Anh,Anh,").contains("\"'+8490").contains("Đã đăng ký");
        assertThat(AuditRows.count(jdbc, "training_programme", f.id(), "training.registrations-exported")).isEqualTo(1);

        HttpResponse<byte[]> xlsx = bytes(admin, base + ".xlsx?doi-tuong=OFFICIAL");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            List<String> names = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).containsExactlyElementsOf(inOrder);
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).startsWith("+8490");
        }
        assertThat(admin.get(base + "?q=nguyen").body()).contains("Nguyễn Văn Anh").contains("Nguyễn Thị Ánh").doesNotContain("Lê Anh");
        assertThat(admin.get(base + "?q=ANH").body()).contains("Lê Anh").contains("Nguyễn Thị Ánh").doesNotContain("Trần Văn Bình");
        assertThat(admin.get(base + "?doi-tuong=PRODUCER").body()).contains("Không có đăng ký nào phù hợp.");
        assertThat(admin.get(base + "?trang-thai=KHONG").statusCode()).isEqualTo(400);
    }

    @Test
    void bulkMailRefusesUnknownPlaceholdersPreviewsAndSendsEachRecipientOnceWithProgress() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Chương trình thử thư");
        registrants(f, List.of("Mai Thị Lan", "Đinh Văn Long", "Tạ Thị Nga"));
        AdminClient admin = manager();
        String path = "/quan-tri/tap-huan/" + f.id() + "/thu";
        HttpResponse<String> unknown = admin.submit(path, path, Map.of("subject", "Thư {chuong_trinh}", "body", "Chào {ten_goi}, {ho_ten}", "action", "gui"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Không có trường thay thế {ten_goi}");
        assertThat(jdbc.sql("SELECT count(*) FROM training_mail_job WHERE programme_id = ?").param(f.id()).query(Long.class).single()).isZero();
        String body = "Kính gửi {ho_ten},\nMã của Ông/Bà: {ma_dang_ky}\nTrang: {link_ca_nhan}";
        HttpResponse<String> preview = admin.submit(path, path, Map.of("subject", "Thư {chuong_trinh}", "body", body, "action", "xem-truoc"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Thư Chương trình thử thư").contains("Kính gửi ").doesNotContain("Kính gửi {ho_ten}</pre>");
        assertThat(admin.submit(path, path, Map.of("subject", "Thư {chuong_trinh}", "body", body, "action", "gui")).statusCode()).isEqualTo(302);
        long job = jdbc.sql("SELECT id FROM training_mail_job WHERE programme_id = ?").param(f.id()).query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "training_mail_job", job, "training.mail-queued")).isEqualTo(1);
        for (int i = 0; i < 10 && !"DONE".equals(jdbc.sql("SELECT state FROM training_mail_job WHERE id = ?").param(job).query(String.class).single()); i++) {
            jobs.sendBulkMail();
        }
        jobs.sendBulkMail();
        assertThat(jdbc.sql("SELECT sent || '/' || total || ' ' || state FROM training_mail_job WHERE id = ?").param(job).query(String.class).single())
                .isEqualTo("3/3 DONE");
        assertThat(admin.get(path).body()).contains("3 / 3 đã gửi");
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getSubject().equals("Thư Chương trình thử thư")) {
                received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
                String text = m.getContent().toString();
                String code = jdbc.sql("SELECT code FROM training_registration WHERE email = ?").param(m.getAllRecipients()[0].toString())
                        .query(String.class).single();
                String name = jdbc.sql("SELECT full_name FROM training_registration WHERE code = ?").param(code).query(String.class).single();
                assertThat(text).contains("Kính gửi " + name + ",").contains(code.substring(0, 4) + "-" + code.substring(4))
                        .contains(f.form() + "/" + code).doesNotContain("{");
            }
        }
        assertThat(received).hasSize(3).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
    }
}
