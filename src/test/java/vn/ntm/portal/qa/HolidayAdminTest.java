package vn.ntm.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
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

/**
 * The public-holiday screen over HTTP with a real administrator: a day off added inside a waiting question's
 * 15-working-day window moves its due date by one working day in the same step, an answered question keeps
 * its date, removing the day moves it back, bad input is a 400 in Vietnamese with nothing written, and every
 * change is audited. (Who may use the screen is checked by {@code AuthorizationMatrixTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HolidayAdminTest {

    private static final String PATH = "/quan-tri/hoi-dap/ngay-nghi";
    // a Monday in a year the seeded calendar does not reach: 15 working days later is Monday 2031-03-24
    private static final LocalDate RECEIVED = LocalDate.of(2031, 3, 3);
    private static final LocalDate DUE = LocalDate.of(2031, 3, 24);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient admin;
    long waiting;
    long answered;

    @BeforeEach
    void setUp() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        waiting = question("HD-2031-AAAA-0001", "RECEIVED", null);
        answered = question("HD-2031-AAAA-0002", "ANSWERED", "Đã trả lời.");
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM qa_question WHERE id IN (?, ?)").params(waiting, answered).update();
        jdbc.sql("DELETE FROM public_holiday WHERE day >= '2031-01-01' AND day < '2032-01-01'").update();
    }

    @Test
    void aDayOffInsideTheWindowMovesWaitingDeadlinesAndRemovingItMovesThemBack() throws Exception {
        HttpResponse<String> added = admin.submit(PATH, PATH,
                Map.of("tu-ngay", "10/03/2031", "den-ngay", "11/03/2031", "ten", "Nghỉ bù thử nghiệm"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(added)).endsWith(PATH + "?doi-han=1");
        assertThat(due(waiting)).as("two working days off push the deadline two working days").isEqualTo(LocalDate.of(2031, 3, 26));
        assertThat(due(answered)).as("an answered question keeps its date").isEqualTo(DUE);
        assertThat(jdbc.sql("SELECT count(*) FROM public_holiday WHERE day BETWEEN '2031-03-10' AND '2031-03-11' AND name = 'Nghỉ bù thử nghiệm'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(AuditRows.count(jdbc, "public_holiday", "2031-03-10", "qa-holiday.added")).isEqualTo(1);
        String page = admin.get(PATH + "?doi-han=1").body();
        assertThat(page).contains("1 câu hỏi đang chờ trả lời được tính lại hạn").contains("Thứ hai, 10/03/2031").contains("Nghỉ bù thử nghiệm");

        assertThat(admin.submit(PATH, PATH + "/2031-03-10/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(PATH, PATH + "/2031-03-11/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(due(waiting)).isEqualTo(DUE);
        assertThat(AuditRows.count(jdbc, "public_holiday", "2031-03-11", "qa-holiday.removed")).isEqualTo(1);
        assertThat(admin.submit(PATH, PATH + "/2031-03-11/xoa", Map.of()).statusCode()).as("already gone").isEqualTo(404);
    }

    @Test
    void badInputIsA400InVietnameseAndWritesNothing() throws Exception {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("tu-ngay", "", "ten", "Lễ"), "Vui lòng nhập ngày bắt đầu nghỉ.",
                Map.of("tu-ngay", "31/02/2031", "ten", "Lễ"), "Ngày bắt đầu không hợp lệ",
                Map.of("tu-ngay", "2031-03-10", "den-ngay", "2031-03-09", "ten", "Lễ"), "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.",
                Map.of("tu-ngay", "2031-03-10", "den-ngay", "2031-05-10", "ten", "Lễ"), "tối đa 31 ngày",
                Map.of("tu-ngay", "2031-03-10", "ten", "  "), "Tên ngày nghỉ không được để trống");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = admin.submit(PATH, PATH, c.getKey());
            assertThat(r.statusCode()).as(c.getValue()).isEqualTo(400);
            assertThat(r.body()).as(c.getValue()).contains(c.getValue());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM public_holiday WHERE day >= '2031-01-01'").query(Long.class).single()).isZero();
        assertThat(due(waiting)).isEqualTo(DUE);
    }

    private long question(String code, String status, String answer) {
        long topic = jdbc.sql("SELECT id FROM qa_topic ORDER BY position LIMIT 1").query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO qa_question (tracking_code, topic_id, asker_name, email, title, slug, content, consent_at,
                          consent_version, status, answer, received_on, due_on)
                        VALUES (?, ?, 'Người hỏi thử', 'thu@example.vn', 'Câu hỏi thử', 'cau-hoi-thu', 'Nội dung', now(), 'v1', ?, ?, ?, ?)
                        RETURNING id""")
                .params(code, topic, status, answer, RECEIVED, DUE).query(Long.class).single();
    }

    private LocalDate due(long id) {
        return jdbc.sql("SELECT due_on FROM qa_question WHERE id = ?").param(id).query(LocalDate.class).single();
    }
}
