package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.SurveyFixtures.Reg;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.internal.TrainingFormStamp;

/**
 * Surveys over HTTP: the organisers build one (validation, audit), participants answer it on the public form (CSRF,
 * honeypot, form stamp, code, per-item checks, one response per registration), the personal page lists it, and the
 * results page and its CSV, Excel and PDF exports show the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyWebTest {

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

    private AdminClient manager() throws Exception {
        return TrainingFixtures.manager(port, users, encoder);
    }

    private long itemId(long survey, String label) {
        return jdbc.sql("SELECT id FROM training_survey_item WHERE survey_id = ? AND label = ?").params(survey, label).query(Long.class).single();
    }

    private long responses(long survey) {
        return jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ?").param(survey).query(Long.class).single();
    }

    private List<String[]> answer(String code, long overall, String rating, long channel, String choice, long text, String comment) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"stamp", stamps.issue(Instant.now().minusSeconds(60))});
        f.add(new String[] {"website", ""});
        f.add(new String[] {"ma", code});
        f.add(new String[] {"q" + overall, rating});
        f.add(new String[] {"q" + channel, choice});
        f.add(new String[] {"q" + text, comment});
        return f;
    }

    @Test
    void organisersBuildASurveyParticipantsAnswerItOnceAndTheResultsAndExportsShowTheFigures() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Khảo sát qua web");
        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + f.id() + "/khao-sat";
        assertThat(admin.get("/quan-tri/tap-huan/" + f.id()).body()).contains(base);

        Map<String, String> survey = new LinkedHashMap<>();
        survey.put("title", "");
        survey.put("target", "chuyen-de-" + f.topics().get(0));
        survey.put("kirkpatrick", "1");
        survey.put("timing", "POST");
        survey.put("status", "DRAFT");
        HttpResponse<String> bad = admin.submit(base, base, survey);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tiêu đề phiếu khảo sát phải có từ 1 đến 300 ký tự.");
        survey.put("title", "Đánh giá chuyên đề 1");
        HttpResponse<String> created = admin.submit(base, base, survey);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long sid = jdbc.sql("SELECT id FROM training_survey WHERE programme_id = ?").param(f.id()).query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "training_survey", sid, "training.survey-created")).isEqualTo(1);
        String edit = base + "/" + sid;

        assertThat(admin.submit(edit, edit + "/cau-hoi", Map.of("kind", "RATING", "label", "Đánh giá chung về chuyên đề", "required", "1", "positive", "1",
                "position", "1")).statusCode()).isEqualTo(302);
        HttpResponse<String> oneOption = admin.submit(edit, edit + "/cau-hoi", Map.of("kind", "SINGLE", "label", "Kênh theo dõi", "options", "Zoom"));
        assertThat(oneOption.statusCode()).isEqualTo(400);
        assertThat(oneOption.body()).contains("Câu hỏi lựa chọn cần từ 2 đến 20 phương án khác nhau");
        assertThat(admin.submit(edit, edit + "/cau-hoi", Map.of("kind", "SINGLE", "label", "Kênh theo dõi", "options", "Zoom\r\nYouTube\r\nFacebook",
                "position", "2")).statusCode()).isEqualTo(302);
        assertThat(admin.submit(edit, edit + "/cau-hoi", Map.of("kind", "TEXT", "label", "Góp ý thêm", "position", "3")).statusCode()).isEqualTo(302);
        long overall = itemId(sid, "Đánh giá chung về chuyên đề");
        long channel = itemId(sid, "Kênh theo dõi");
        long text = itemId(sid, "Góp ý thêm");
        assertThat(AuditRows.count(jdbc, "training_survey_item", overall, "training.survey-item-added")).isEqualTo(1);

        Visitor v = new Visitor(port);
        String form = f.path() + "/khao-sat/" + sid;
        assertThat(v.get(form).statusCode()).as("a draft is not public").isEqualTo(404);
        survey.put("status", "OPEN");
        assertThat(admin.submit(edit, edit, survey).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_survey", sid, "training.survey-updated")).isEqualTo(1);
        String page = v.get(form).body();
        assertThat(page).contains("Đánh giá chung về chuyên đề").contains("Chuyên đề 1: Chuyên đề thử 1").contains("name=\"q" + overall + "\"");

        SurveyFixtures sf = new SurveyFixtures(jdbc);
        Reg one = sf.registration(f.id(), "PRODUCER", "REGISTERED");
        Reg two = sf.registration(f.id(), "OFFICIAL", "REGISTERED");
        Reg gone = sf.registration(f.id(), "OFFICIAL", "WITHDRAWN");

        // CSRF, honeypot, form stamp
        assertThat(v.postRaw(form, answer(one.display(), overall, "5", channel, "1", text, "")).statusCode()).isEqualTo(403);
        List<String[]> trap = answer(one.display(), overall, "5", channel, "1", text, "");
        trap.set(1, new String[] {"website", "http://spam.test"});
        assertThat(v.post(form, form, trap).statusCode()).isEqualTo(400);
        List<String[]> fast = answer(one.display(), overall, "5", channel, "1", text, "");
        fast.set(0, new String[] {"stamp", stamps.issue()});
        HttpResponse<String> tooFast = v.post(form, form, fast);
        assertThat(tooFast.statusCode()).isEqualTo(400);
        assertThat(tooFast.body()).contains("Biểu mẫu được gửi quá nhanh.");
        // the code and the answers are checked
        HttpResponse<String> noCode = v.post(form, form, answer("", overall, "9", channel, "7", text, ""));
        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(noCode.body()).contains("Vui lòng nhập mã đăng ký cá nhân").contains("vui lòng chọn một điểm từ 1 đến 5")
                .contains("phương án đã chọn không có trong danh sách");
        assertThat(v.post(form, form, answer("ZZZZ-ZZZZ", overall, "5", channel, "1", text, "")).body()).contains("Không tìm thấy đăng ký nào có mã này");
        assertThat(v.post(form, form, answer(gone.display(), overall, "5", channel, "1", text, "")).statusCode()).isEqualTo(400);
        HttpResponse<String> missing = v.post(form, form, answer(one.display(), overall, "", channel, "1", text, ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Vui lòng trả lời câu hỏi “Đánh giá chung về chuyên đề”.");
        assertThat(responses(sid)).isZero();

        HttpResponse<String> sent = v.post(form, form, answer(one.display().toLowerCase(), overall, "5", channel, "1", text, "Rất <b>bổ ích</b>"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(AdminClient.location(sent)).endsWith(form + "?da-gui=1");
        assertThat(v.get(form + "?da-gui=1").body()).contains("Cảm ơn bạn đã gửi ý kiến.");
        HttpResponse<String> again = v.post(form, form, answer(one.display(), overall, "1", channel, "2", text, "Lần hai"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Mỗi người chỉ gửi một lần");
        assertThat(v.post(form, form, answer(two.code(), overall, "3", channel, "2", text, "")).statusCode()).isEqualTo(302);
        assertThat(responses(sid)).isEqualTo(2);

        // the personal pages list the open survey, answered or not
        assertThat(v.get(f.path() + "/dang-ky/" + one.code()).body()).contains("Phiếu khảo sát ý kiến").contains("đã gửi");
        Reg three = sf.registration(f.id(), "OTHER", "REGISTERED");
        assertThat(v.get(f.path() + "/dang-ky/" + three.code()).body()).contains(form + "?ma=" + three.display());

        // a type does not change once there are responses
        HttpResponse<String> retype = admin.submit(edit, edit + "/cau-hoi/" + text, Map.of("kind", "NUMBER", "label", "Góp ý thêm"));
        assertThat(retype.statusCode()).isEqualTo(409);
        assertThat(retype.body()).contains("không đổi được loại câu hỏi");
        assertThat(admin.submit(edit, edit + "/cau-hoi/" + text + "/xoa", Map.of()).statusCode()).isEqualTo(409);

        // results
        String results = admin.get(edit + "/ket-qua").body();
        assertThat(results).contains("data-chart=\"hbar\"").contains("Điểm trung bình: <strong data-mean>4,0</strong>")
                .contains("<strong data-top2>50,0 %</strong>").contains("Rất &lt;b&gt;bổ ích&lt;/b&gt;")
                .contains("<strong data-positive>1 / 2 (50,0 %)</strong>").contains("Theo đối tượng").contains("So sánh các chuyên đề")
                .contains("/static/js/stats-charts.js");
        assertThat(admin.get(base).body()).contains("1 ý kiến tích cực / 2 phiếu trả lời");
        String csv = new String(admin.get(edit + "/ket-qua.csv").body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSTT,Câu hỏi,Loại").contains("Đánh giá chung về chuyên đề,Thang điểm 1–5,2,\"4,0\",\"50,0 %\"");
        String raw = admin.get(edit + "/tra-loi.csv").body();
        assertThat(raw).contains(one.display()).contains("Chủ thể sản xuất OCOP").contains("Rất <b>bổ ích</b>").contains(",Zoom,");
        HttpResponse<byte[]> xlsx = bytes(admin, edit + "/ket-qua.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Kết quả");
            assertThat(wb.getSheet("Phiếu trả lời").getPhysicalNumberOfRows()).isEqualTo(4);
        }
        HttpResponse<byte[]> pdf = bytes(admin, edit + "/ket-qua.pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String t = new PDFTextStripper().getText(doc);
            assertThat(t).contains("Kết quả khảo sát: Đánh giá chuyên đề 1").contains("Đánh giá chung về chuyên đề").contains("Kênh theo dõi")
                    .contains("Theo đối tượng").contains("So sánh các chuyên đề");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'training_survey' AND entity_id = ? AND action = 'training.survey-exported'")
                .param(String.valueOf(sid)).query(Long.class).single()).isEqualTo(4);

        // the threshold re-marks responses; bad values are refused
        assertThat(admin.submit(base, base + "/nguong-tich-cuc", Map.of("positive_min_rating", "0")).statusCode()).isEqualTo(400);
        assertThat(admin.submit(base, base + "/nguong-tich-cuc", Map.of("positive_min_rating", "3")).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_programme", f.id(), "training.survey-positive-rating-changed")).isEqualTo(1);
        assertThat(admin.get(base).body()).contains("2 ý kiến tích cực / 2 phiếu trả lời");

        // closed: refused with 409, nothing stored; another programme's survey is not reachable
        survey.put("status", "CLOSED");
        assertThat(admin.submit(edit, edit, survey).statusCode()).isEqualTo(302);
        HttpResponse<String> closed = v.post(f.form(), form, answer(three.display(), overall, "5", channel, "1", text, ""));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("Phiếu khảo sát đã đóng");
        assertThat(responses(sid)).isEqualTo(2);
        Fixture other = new TrainingFixtures(jdbc).open("Chương trình khác");
        assertThat(admin.get("/quan-tri/tap-huan/" + other.id() + "/khao-sat/" + sid).statusCode()).isEqualTo(404);
        assertThat(v.get(other.path() + "/khao-sat/" + sid).statusCode()).isEqualTo(404);
        assertThat(v.get(f.path() + "/khao-sat/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void anAnonymousSurveyAsksTheCategoryTakesTheCodeOnlyOnceAndStoresNoRegistration() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Khảo sát ẩn danh");
        SurveyFixtures sf = new SurveyFixtures(jdbc);
        long sid = sf.survey(f.id(), true, "OPEN", "PROGRAMME", null);
        long overall = sf.item(sid, 1, "RATING", "Mức độ hài lòng", List.of(), true, true);
        long channel = sf.item(sid, 2, "SINGLE", "Kênh", List.of("Zoom", "YouTube"), false, false);
        long text = sf.item(sid, 3, "TEXT", "Góp ý", List.of(), false, false);
        Reg one = sf.registration(f.id(), "PRODUCER", "REGISTERED");
        Visitor v = new Visitor(port);
        String form = f.path() + "/khao-sat/" + sid;
        assertThat(v.get(form).body()).contains("Phiếu ẩn danh").contains("name=\"doi_tuong\"");
        List<String[]> anon = answer("", overall, "4", channel, "2", text, "");
        anon.add(new String[] {"doi_tuong", "OFFICIAL"});
        assertThat(v.post(form, form, anon).statusCode()).isEqualTo(302);
        List<String[]> badCategory = answer("", overall, "4", channel, "2", text, "");
        badCategory.add(new String[] {"doi_tuong", "ALIEN"});
        assertThat(v.post(form, form, badCategory).body()).contains("Đối tượng đã chọn không hợp lệ.");
        assertThat(v.post(form, form, answer(one.display(), overall, "5", channel, "1", text, "")).statusCode()).isEqualTo(302);
        assertThat(v.post(form, form, answer(one.display(), overall, "5", channel, "1", text, "")).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ? AND registration_id IS NOT NULL").param(sid)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ? AND respondent_hash IS NOT NULL").param(sid)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT category FROM training_survey_response WHERE survey_id = ? AND respondent_hash IS NULL").param(sid)
                .query(String.class).single()).isEqualTo("OFFICIAL");
    }

    private HttpResponse<byte[]> bytes(AdminClient admin, String path) throws Exception {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + admin.sessionCookie().orElseThrow()).header("X-Forwarded-For", admin.ip()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }
}
