package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.domain.PersonalCodes;

/**
 * The programme dashboard over rows written straight into the tables the other parts fill (registrations, attendance,
 * imports and reach, questions, survey responses): every figure on the page, in the workbook and in the PDF is the
 * count of those rows, superseded imports and withdrawn registrations left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardTest {

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

    private HttpResponse<byte[]> bytes(AdminClient admin, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + admin.sessionCookie().orElseThrow()).header("X-Forwarded-For", admin.ip()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Registrations: 20 in Hà Nội (01), 15 in Nghệ An (40), 5 in Thanh Hóa (38) and 3 withdrawn in Cà Mau (96). */
    private List<Long> registrations(Fixture f) {
        List<Long> ids = new ArrayList<>();
        String[] provinces = new String[43];
        for (int i = 0; i < 43; i++) {
            provinces[i] = i < 20 ? "01" : i < 35 ? "40" : i < 40 ? "38" : "96";
        }
        for (int i = 0; i < 43; i++) {
            // producers 12, officials 26, others 2 among the 40 counted
            String category = i < 40 ? (i % 10 < 3 ? "PRODUCER" : i == 9 || i == 19 ? "OTHER" : "OFFICIAL") : "OFFICIAL";
            if (i < 40 && (i == 9 || i == 19)) {
                category = "OTHER";
            }
            String level = category.equals("OFFICIAL") ? (i % 2 == 0 ? "TINH" : "XA") : null;
            ids.add(jdbc.sql("""
                    INSERT INTO training_registration (programme_id, code, full_name, organisation, level, province_version, province_code, phone,
                      category, producer_type, channel_wanted, channel, status, consent_version, consent_at)
                    VALUES (?, ?, ?, 'Đơn vị thử', ?, 2025, ?, ?, ?, ?, 'ZOOM', 'ZOOM', ?, 'ND13-2023-tap-huan-v1', now()) RETURNING id""")
                    .params(f.id(), PersonalCodes.generate(), "Học viên " + i, level, provinces[i], "+8491" + (1000000 + f.id() % 1000 * 100 + i),
                            category, category.equals("PRODUCER") ? "HTX" : null, i < 40 ? "REGISTERED" : "WITHDRAWN")
                    .query(Long.class).single());
        }
        return ids;
    }

    private long session(Fixture f, int number, Instant start) {
        return jdbc.sql("INSERT INTO training_session (programme_id, number, starts_at, ends_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(f.id(), number, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(3)))).query(Long.class).single();
    }

    private long importRow(Fixture f, long session, String kind, String sha) {
        return jdbc.sql("""
                INSERT INTO training_import (programme_id, session_id, kind, file_name, sha256, size_bytes, content, parser_version, time_zone)
                VALUES (?, ?, ?, 'bao-cao.csv', ?, 3, '\\x616263', 'thu', 'Asia/Ho_Chi_Minh') RETURNING id""")
                .params(f.id(), session, kind, sha).query(Long.class).single();
    }

    private void reach(long session, String platform, Long importId, long views, Long peak) {
        jdbc.sql("INSERT INTO training_reach (session_id, platform, import_id, views, peak_concurrent) VALUES (?, ?, ?, ?, ?)")
                .params(session, platform, importId, views, peak).update();
    }

    @Test
    void everyFigureIsCountedFromTheRecordsAndTheExportsCarryTheSameFigures() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Chuỗi tập huấn báo cáo " + System.nanoTime());
        jdbc.sql("INSERT INTO training_coorganiser (programme_id, name, position) VALUES (?, 'Văn phòng Điều phối nông thôn mới Trung ương', 1)")
                .param(f.id()).update();
        List<Long> r = registrations(f);
        long s1 = f.sessionId();
        Instant start2 = jdbc.sql("SELECT starts_at FROM training_session WHERE id = ?").param(s1).query(Timestamp.class).single().toInstant()
                .plus(Duration.ofDays(2));
        long s2 = session(f, 2, start2);
        jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(s2, f.topics().get(1)).update();

        // attendance: session 1: 10 present, 4 late, 3 absent; session 2: 6 present
        for (int i = 0; i < 17; i++) {
            String status = i < 10 ? "PRESENT" : i < 14 ? "LATE" : "ABSENT";
            jdbc.sql("INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, status) VALUES (?, ?, 9000, 150, 80, ?)")
                    .params(s1, r.get(i), status).update();
        }
        for (int i = 0; i < 6; i++) {
            jdbc.sql("INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, status) VALUES (?, ?, 9000, 150, 80, 'PRESENT')")
                    .params(s2, r.get(i)).update();
        }
        // a withdrawn registration's attendance would still be a row; the registrant figures leave it out
        // reach: session 1 Zoom from an import superseded by a newer one (only the newer counts), YouTube imported,
        // Facebook typed by hand; session 2 YouTube imported
        long oldZoom = importRow(f, s1, "ZOOM_WEBINAR", "a".repeat(64));
        long newZoom = importRow(f, s1, "ZOOM_WEBINAR", "b".repeat(64));
        jdbc.sql("UPDATE training_import SET superseded_by = ? WHERE id = ?").params(newZoom, oldZoom).update();
        reach(s1, "ZOOM", oldZoom, 500, 90L);
        reach(s1, "ZOOM", newZoom, 320, 120L);
        reach(s1, "YOUTUBE", importRow(f, s1, "YOUTUBE", "c".repeat(64)), 4_500, null);
        reach(s1, "FACEBOOK", null, 7_250, 800L);
        reach(s2, "YOUTUBE", importRow(f, s2, "YOUTUBE", "d".repeat(64)), 2_100, null);
        // a pending Zoom person of session 1 (not matched to a registration)
        jdbc.sql("""
                INSERT INTO training_zoom_person (import_id, session_id, person_key, name, review_state, review_reason)
                VALUES (?, ?, 'name:khach', 'Khách', 'PENDING', 'NOT_FOUND')""").params(newZoom, s1).update();

        // questions: topic 1: 5 asked (3 answered, 1 of them published), 1 rejected; topic 2: 2 asked, none answered
        for (int i = 0; i < 6; i++) {
            boolean answered = i < 3;
            jdbc.sql("""
                    INSERT INTO training_ask (programme_id, topic_id, source, body, status, answer_html, answered_at, published)
                    VALUES (?, ?, 'SITE', 'Câu hỏi thử', ?, ?, ?, ?)""")
                    .params(f.id(), f.topics().get(0), i == 5 ? "REJECTED" : "APPROVED", answered ? "<p>Trả lời</p>" : "",
                            answered ? Timestamp.from(Instant.now()) : null, i == 0).update();
        }
        for (int i = 0; i < 2; i++) {
            jdbc.sql("INSERT INTO training_ask (programme_id, topic_id, source, body) VALUES (?, ?, 'ZOOM', 'Câu hỏi Zoom')")
                    .params(f.id(), f.topics().get(1)).update();
        }
        // survey: 9 responses, 7 positive
        long survey = jdbc.sql("""
                INSERT INTO training_survey (programme_id, scope, title, kirkpatrick, timing) VALUES (?, 'PROGRAMME', 'Phiếu đánh giá cuối khóa', 1, 'POST')
                RETURNING id""").param(f.id()).query(Long.class).single();
        for (int i = 0; i < 9; i++) {
            jdbc.sql("INSERT INTO training_survey_response (survey_id, registration_id, category, positive) VALUES (?, ?, 'OFFICIAL', ?)")
                    .params(survey, r.get(i), i < 7).update();
        }

        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + f.id() + "/bao-cao";
        HttpResponse<String> page = admin.get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(figure(html, "registrants")).isEqualTo(40);
        assertThat(html).contains("không tính 3 đăng ký đã hủy hoặc bị từ chối");
        assertThat(figure(html, "provinces")).isEqualTo(3);
        assertThat(html).contains("/ 34");
        assertThat(figure(html, "topics")).isEqualTo(2);
        assertThat(figure(html, "sessions")).isEqualTo(2);
        assertThat(figure(html, "attended")).isEqualTo(10 + 4 + 6);
        assertThat(figure(html, "visits")).isEqualTo(320 + 4_500 + 7_250 + 2_100);
        assertThat(figure(html, "questions")).isEqualTo(7);
        assertThat(html).contains("đã trả lời 3 (42,9%)");
        assertThat(figure(html, "positive")).isEqualTo(7);

        // the tables: province rows (all 34, most first), categories with shares, attendance and reach per session
        assertThat(row(html, "tinh", "Thành phố Hà Nội")).containsExactly("20", "50,0%");
        assertThat(row(html, "tinh", "Tỉnh Nghệ An")).containsExactly("15", "37,5%");
        assertThat(row(html, "tinh", "Tỉnh Cà Mau")).containsExactly("0", "0,0%");
        assertThat(section(html, "tinh").split("<tr><th scope=\"row\">", -1)).hasSize(35);
        assertThat(section(html, "tinh").indexOf("Thành phố Hà Nội")).isLessThan(section(html, "tinh").indexOf("Tỉnh Nghệ An"));
        assertThat(row(html, "doi-tuong", "Chủ thể sản xuất OCOP")).containsExactly("12", "30,0%");
        assertThat(row(html, "doi-tuong", "Cán bộ quản lý, chuyên môn")).containsExactly("26", "65,0%");
        assertThat(row(html, "doi-tuong", "Khác (tư vấn, giảng viên, sinh viên…)")).containsExactly("2", "5,0%");
        assertThat(row(html, "cap", "Tỉnh")).containsExactly("12", "30,0%");
        assertThat(row(html, "cap", "Không ghi")).containsExactly("14", "35,0%");
        assertThat(row(html, "diem-danh", "Buổi 1 (")).containsExactly("10", "4", "3", "82,4%", "1");
        assertThat(row(html, "diem-danh", "Buổi 2 (")).containsExactly("6", "0", "0", "100,0%", "0");
        assertThat(row(html, "luot-buoi", "Buổi 1 (")).containsExactly("320", "4.500", "7.250", "12.070");
        assertThat(row(html, "luot-buoi", "Buổi 2 (")).containsExactly("—", "2.100", "—", "2.100");
        assertThat(row(html, "nen-tang", "Zoom")).containsExactly("320", "2,3%", "120", "—");
        assertThat(row(html, "nen-tang", "Facebook")).containsExactly("7.250", "51,2%", "800", "—");
        assertThat(row(html, "chuyen-de", "Chuyên đề 1. Chuyên đề thử 1")).containsExactly("Buổi 1", "5", "3", "60,0%", "1");
        assertThat(row(html, "chuyen-de", "Chuyên đề 2. Chuyên đề thử 2")).containsExactly("Buổi 2", "2", "0", "0,0%", "0");
        assertThat(row(html, "phan-hoi", "Phiếu đánh giá cuối khóa")).containsExactly("Cấp độ 1", "9", "7", "77,8%");
        // charts are drawn from the tables by the statistics script; the raw values are on the charted cells
        assertThat(html).contains("data-chart=\"hbar\"", "data-value=\"4500\"", "/static/js/stats-charts.js", "Báo cáo tổng kết (PDF");

        HttpResponse<byte[]> xlsx = bytes(admin, base + ".xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(11);
            Sheet summary = wb.getSheet("Tổng quan");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Người đăng ký");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(40.0);
            Sheet provinces = wb.getSheet("Theo tỉnh");
            assertThat(provinces.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tỉnh/Thành phố");
            assertThat(provinces.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thành phố Hà Nội");
            assertThat(provinces.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(20.0);
            assertThat(provinces.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.5);
            Sheet reach = wb.getSheet("Lượt theo buổi");
            Row first = reach.getRow(2);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(320.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12_070.0);
            assertThat(reach.getRow(3).getCell(1)).as("unknown stays empty, not 0").isNull();
        }

        HttpResponse<byte[]> pdf = bytes(admin, base + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BÁO CÁO TỔNG KẾT", "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG", "Người đăng ký", "Thành phố Hà Nội",
                    "14.170 lượt", "Câu hỏi theo chuyên đề", "Hà Nội, ngày " + LocalDate.now(vn.ntm.portal.shared.VietnameseFormat.ZONE).getDayOfMonth());
        }
    }

    @Test
    void anEmptyProgrammeShowsZerosAndAnUnknownOneIsNotFound() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Chuỗi tập huấn trống " + System.nanoTime());
        AdminClient admin = manager();
        HttpResponse<String> page = admin.get("/quan-tri/tap-huan/" + f.id() + "/bao-cao");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(figure(page.body(), "registrants")).isZero();
        assertThat(figure(page.body(), "visits")).isZero();
        assertThat(page.body()).contains("Chưa có số liệu.");
        assertThat(bytes(admin, "/quan-tri/tap-huan/" + f.id() + "/bao-cao.pdf").statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/tap-huan/987654321/bao-cao").statusCode()).isEqualTo(404);
        assertThat(bytes(admin, "/quan-tri/tap-huan/987654321/bao-cao.xlsx").statusCode()).isEqualTo(404);
    }

    private static long figure(String html, String code) {
        Matcher m = Pattern.compile("data-figure=\"" + code + "\">.*?<strong data-value=\"(\\d+)\">", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("figure " + code).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String section(String html, String table) {
        int from = html.indexOf("data-table=\"" + table + "\"");
        assertThat(from).as("table " + table).isPositive();
        return html.substring(from, html.indexOf("</section>", from));
    }

    /** The cells (text) of the row of {@code table} whose label starts with {@code label}. */
    private static List<String> row(String html, String table, String label) {
        String s = section(html, table);
        int at = s.indexOf("<tr><th scope=\"row\">" + label);
        assertThat(at).as(label + " in " + table).isNotNegative();
        String tr = s.substring(at, s.indexOf("</tr>", at));
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }
}
