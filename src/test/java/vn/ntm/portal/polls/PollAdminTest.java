package vn.ntm.portal.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/** The polls back office: create, edit under the rules for polls with ballots, close, export, delete; all audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PollAdminTest {

    private static final String ADMIN = "/quan-tri/tham-do";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anEditorRunsAPollFromCreationToExportAndDeletion() throws Exception {
        AdminClient editor = new AdminClient(port);
        assertThat(AdminClient.location(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD))).endsWith("/quan-tri");
        String form = editor.get(ADMIN + "/moi").body();
        assertThat(form).contains("Tạo cuộc thăm dò", "name=\"option\"", "Hiển thị ở khối bên");
        String token = AdminClient.csrf(form);

        HttpResponse<String> invalid = editor.postFields(ADMIN + "/moi", "_csrf", token, "question", "", "mode", "nhieu", "maxChoices", "9",
                "opens", "2026-13-01T08:00", "visibility", "ALWAYS", "optionId", "", "option", "Chỉ một");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Câu hỏi không được để trống", "Cần ít nhất hai phương án trả lời.",
                "Thời điểm bắt đầu không hợp lệ", "value=\"Chỉ một\"");
        long before = jdbc.sql("SELECT count(*) FROM poll").query(Long.class).single();

        HttpResponse<String> created = editor.postFields(ADMIN + "/moi", "_csrf", token, "question", "Bạn quan tâm nội dung nào của cổng?",
                "description", "Thử nghiệm", "mode", "mot", "maxChoices", "2", "opens", "2026-01-01T08:00", "closes", "",
                "visibility", "ALWAYS", "featured", "co",
                "optionId", "", "option", "Tin tức", "optionId", "", "option", "Văn bản", "optionId", "", "option", "",
                "optionId", "", "option", "Hỏi đáp");
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(jdbc.sql("SELECT count(*) FROM poll").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT featured FROM poll WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM poll WHERE featured").query(Long.class).single()).isEqualTo(1);
        List<Long> options = jdbc.sql("SELECT id FROM poll_option WHERE poll_id = ? ORDER BY position").param(id).query(Long.class).list();
        assertThat(jdbc.sql("SELECT label FROM poll_option WHERE poll_id = ? ORDER BY position").param(id).query(String.class).list())
                .containsExactly("Tin tức", "Văn bản", "Hỏi đáp");
        String slug = jdbc.sql("SELECT slug FROM poll WHERE id = ?").param(id).query(String.class).single();
        assertThat(slug).startsWith("ban-quan-tam-noi-dung-nao-cua-cong");
        assertThat(AuditRows.count(jdbc, "poll", id, "poll.created")).isEqualTo(1);

        // three readers vote: two for "Tin tức", one for "Văn bản"
        for (int i = 0; i < 3; i++) {
            AdminClient reader = new AdminClient(port);
            assertThat(reader.submit("/tham-do/" + slug, "/tham-do/" + slug + "/binh-chon",
                    Map.of("chon", String.valueOf(options.get(i == 2 ? 1 : 0)))).statusCode()).isEqualTo(303);
        }

        // with ballots: the mode cannot change and a chosen option cannot go; renaming and removing an unchosen one can
        HttpResponse<String> refused = editor.postFields(ADMIN + "/" + id, "_csrf", token, "question", "Bạn quan tâm nội dung nào của cổng?",
                "mode", "nhieu", "maxChoices", "2", "opens", "2026-01-01T08:00", "visibility", "ALWAYS",
                "optionId", String.valueOf(options.get(0)), "option", "Tin tức", "optionId", String.valueOf(options.get(1)), "option", "",
                "optionId", String.valueOf(options.get(2)), "option", "Hỏi đáp");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Không xóa được phương án \"Văn bản\" vì đã có 1 lượt chọn",
                "Không đổi được cách chọn");
        HttpResponse<String> saved = editor.postFields(ADMIN + "/" + id, "_csrf", token, "question", "Bạn quan tâm nội dung nào nhất?",
                "mode", "mot", "maxChoices", "2", "opens", "2026-01-01T08:00", "visibility", "AFTER_CLOSE", "featured", "co",
                "optionId", String.valueOf(options.get(0)), "option", "Tin tức, sự kiện", "optionId", String.valueOf(options.get(1)), "option", "Văn bản",
                "optionId", String.valueOf(options.get(2)), "option", "", "optionId", "", "option", "Thăm dò ý kiến");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT label FROM poll_option WHERE poll_id = ? ORDER BY position").param(id).query(String.class).list())
                .containsExactly("Tin tức, sự kiện", "Văn bản", "Thăm dò ý kiến");
        assertThat(jdbc.sql("SELECT question FROM poll WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Bạn quan tâm nội dung nào nhất?");
        assertThat(AuditRows.count(jdbc, "poll", id, "poll.updated")).isEqualTo(1);

        String list = editor.get(ADMIN).body();
        assertThat(list).contains("Bạn quan tâm nội dung nào nhất?", "Đang mở", "Hiển thị ở khối bên");
        assertThat(editor.get(ADMIN + "/" + id + "/ket-qua").body()).contains("Tổng số người tham gia: <strong data-poll-voters>3</strong>",
                "2 lượt chọn (66,7%)", "1 lượt chọn (33,3%)");

        HttpResponse<String> csv = editor.get(ADMIN + "/" + id + "/ket-qua.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "ket-qua-tham-do-" + id + ".csv");
        assertThat(csv.body()).startsWith("\uFEFFCâu hỏi,Bạn quan tâm nội dung nào nhất?\r\n")
                .contains("Tổng số người tham gia,3\r\n", "STT,Phương án,Số lượt chọn,Tỷ lệ trên số người tham gia (%)\r\n",
                        "1,\"Tin tức, sự kiện\",2,\"66,7\"\r\n", "2,Văn bản,1,\"33,3\"\r\n", "3,Thăm dò ý kiến,0,\"0,0\"\r\n");

        byte[] xlsx = bytes(editor, ADMIN + "/" + id + "/ket-qua.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Kết quả thăm dò");
            List<String> labels = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getCell(2) != null && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    labels.add(row.getCell(1).getStringCellValue());
                    counts.add(row.getCell(2).getNumericCellValue());
                    if (row.getCell(1).getStringCellValue().equals("Tin tức, sự kiện")) {
                        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(66.7);
                    }
                }
            }
            assertThat(labels).containsExactly("Tin tức, sự kiện", "Văn bản", "Thăm dò ý kiến");
            assertThat(counts).containsExactly(2.0, 1.0, 0.0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Bạn quan tâm nội dung nào nhất?");
        }

        assertThat(editor.post(ADMIN + "/" + id + "/dong", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT closes_at <= now() FROM poll WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
        assertThat(AuditRows.count(jdbc, "poll", id, "poll.closed")).isEqualTo(1);
        assertThat(editor.get(ADMIN).body()).contains("Đã đóng");
        AdminClient late = new AdminClient(port);
        assertThat(late.get("/tham-do/" + slug).body()).contains("Cuộc thăm dò đã kết thúc.").doesNotContain("data-poll-vote>");
        HttpResponse<String> tooLate = late.submit(PollFixtures.open(jdbc, "ALWAYS").path(), "/tham-do/" + slug + "/binh-chon",
                Map.of("chon", String.valueOf(options.get(0))));
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(PollFixtures.ballots(jdbc, id)).isEqualTo(3);

        HttpResponse<String> unconfirmed = editor.post(ADMIN + "/" + id + "/xoa", Map.of("_csrf", token));
        assertThat(unconfirmed.statusCode()).isEqualTo(409);
        assertThat(unconfirmed.body()).contains("đã có 3 người bình chọn; xóa sẽ mất toàn bộ kết quả");
        assertThat(PollFixtures.ballots(jdbc, id)).isEqualTo(3);
        assertThat(editor.post(ADMIN + "/" + id + "/xoa", Map.of("_csrf", token, "xac-nhan", "co")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM poll WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(PollFixtures.ballots(jdbc, id)).isZero();
        assertThat(AuditRows.count(jdbc, "poll", id, "poll.deleted")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT before::text FROM audit_log WHERE entity_type = 'poll' AND entity_id = ? AND action = 'poll.deleted'")
                .param(String.valueOf(id)).query(String.class).single()).contains("\"ballots\": 3");
        assertThat(new AdminClient(port).get("/tham-do/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aPollWithoutBallotsIsDeletedWithoutConfirmationAndAReporterHasNoAccess() throws Exception {
        PollFixtures.Made poll = PollFixtures.open(jdbc, "ALWAYS");
        AdminClient admin = new AdminClient(port);
        admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD);
        assertThat(admin.submit(ADMIN, ADMIN + "/" + poll.id() + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM poll WHERE id = ?").param(poll.id()).query(Long.class).single()).isZero();
        AdminClient reporter = new AdminClient(port);
        reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD);
        assertThat(reporter.get(ADMIN).statusCode()).isEqualTo(403);
    }

    private byte[] bytes(AdminClient client, String path) throws Exception {
        // AdminClient reads text; the workbook is fetched again with the same session cookie
        String session = client.sessionCookie().orElseThrow();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + session).header("X-Forwarded-For", client.ip()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return r.body();
    }
}
