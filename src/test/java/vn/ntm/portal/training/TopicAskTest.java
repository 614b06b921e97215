package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.internal.AskService;
import vn.ntm.portal.training.internal.TrainingFormStamp;

/**
 * Questions per topic over HTTP against the embedded PostgreSQL: asking with the personal code and anonymously, the
 * refusals (nothing stored, 4xx), the per-address limit, upvotes once per visitor (also concurrently), the organisers'
 * moderation flow with the publishing rule enforced by the server, escaping and sanitising, the registration form's
 * question landing among the questions, the programme page's counts, and the V29 backfill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TopicAskTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern PERSONAL = Pattern.compile("/dang-ky/([0-9A-Z]{8})\\?");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingFormStamp stamps;
    @Autowired
    AskService asks;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    private Fixture programme(String name) {
        return new TrainingFixtures(jdbc).open(name);
    }

    private static String topicPage(Fixture f, int n) {
        return f.path() + "/chuyen-de/" + n;
    }

    private String stamp() {
        return stamps.issue(Instant.now().minusSeconds(60));
    }

    private Map<String, String> askForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("stamp", stamp());
        form.put("website", "");
        form.put("noi_dung", body);
        return form;
    }

    private HttpResponse<String> ask(Visitor v, Fixture f, Map<String, String> form) throws Exception {
        return v.post(topicPage(f, 1), topicPage(f, 1) + "/hoi-dap", Visitor.fields(form));
    }

    private long asksOf(Fixture f) {
        return jdbc.sql("SELECT count(*) FROM training_ask WHERE programme_id = ?").param(f.id()).query(Long.class).single();
    }

    private String register(Fixture f, String name, String phone, List<String[]> extra) throws Exception {
        List<String[]> fields = Visitor.fields(TrainingFixtures.form(stamp(), name, phone, ""));
        fields.addAll(extra);
        HttpResponse<String> r = new Visitor(port).post(f.form(), f.form(), fields);
        Matcher m = PERSONAL.matcher(AdminClient.location(r));
        assertThat(m.find()).as("registered: " + r.statusCode() + " " + AdminClient.location(r)).isTrue();
        return m.group(1);
    }

    /** A published, answered question on topic 1 written straight into the table. */
    private long publishedAsk(Fixture f, String body) {
        return jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, source, asker_name, body, status, answer_html, answered_at, published)
                VALUES (?, ?, 'SITE', 'Người hỏi thử', ?, 'APPROVED', '<p>Trả lời thử.</p>', now(), true) RETURNING id""")
                .params(f.id(), f.topics().get(0), body).query(Long.class).single();
    }

    private int upvotes(long askId) {
        return jdbc.sql("SELECT upvotes FROM training_ask WHERE id = ?").param(askId).query(Integer.class).single();
    }

    private long votes(long askId) {
        return jdbc.sql("SELECT count(*) FROM training_ask_vote WHERE ask_id = ?").param(askId).query(Long.class).single();
    }

    private AdminClient manager() throws Exception {
        return TrainingFixtures.manager(port, users, encoder);
    }

    @Test
    void aQuestionAskedWithThePersonalCodeIsLinkedToTheRegistrationAndShowsTheRegistrantsName() throws Exception {
        Fixture f = programme("Chương trình thử hỏi đáp có mã");
        String code = register(f, "Trần Văn Bình", "0911 000 101", List.of());
        Visitor v = new Visitor(port);
        Map<String, String> form = askForm("Sản phẩm 3 sao muốn nâng lên 4 sao cần chuẩn bị gì?");
        form.put("ma", code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
        form.put("ten", "Tên khác không dùng");
        HttpResponse<String> sent = ask(v, f, form);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(AdminClient.location(sent)).endsWith(topicPage(f, 1) + "?hoi-dap=da-gui#hoi-dap");
        Map<String, Object> row = jdbc.sql("""
                SELECT a.source, a.status, a.asker_name, a.topic_id, a.published, r.code FROM training_ask a
                  JOIN training_registration r ON r.id = a.registration_id WHERE a.programme_id = ? AND a.source = 'SITE'""")
                .param(f.id()).query().singleRow();
        assertThat(row.get("code")).isEqualTo(code);
        assertThat(row.get("asker_name")).isEqualTo("Trần Văn Bình");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("published")).isEqualTo(false);
        assertThat(((Number) row.get("topic_id")).longValue()).isEqualTo(f.topics().get(0));
        String page = v.get(topicPage(f, 1) + "?hoi-dap=da-gui").body();
        assertThat(page).contains("Đã nhận câu hỏi của bạn").doesNotContain("nâng lên 4 sao");
    }

    @Test
    void anAnonymousQuestionKeepsTheOptionalDisplayNameOrNone() throws Exception {
        Fixture f = programme("Chương trình thử hỏi đáp ẩn danh");
        Visitor v = new Visitor(port);
        Map<String, String> named = askForm("Hồ sơ đánh giá OCOP nộp ở đâu?");
        named.put("ten", "Chị Lan, Lào Cai");
        assertThat(ask(v, f, named).statusCode()).isEqualTo(303);
        assertThat(ask(v, f, askForm("Câu hỏi không ghi tên người hỏi")).statusCode()).isEqualTo(303);
        List<String> names = jdbc.sql("SELECT asker_name FROM training_ask WHERE programme_id = ? AND registration_id IS NULL ORDER BY id")
                .param(f.id()).query(String.class).list();
        assertThat(names).containsExactly("Chị Lan, Lào Cai", "");
    }

    @Test
    void badQuestionsAreRefusedWithAVietnameseMessageAndStoreNothing() throws Exception {
        Fixture f = programme("Chương trình thử hỏi đáp từ chối");
        Visitor v = new Visitor(port);
        HttpResponse<String> empty = ask(v, f, askForm("   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Vui lòng nhập câu hỏi");
        HttpResponse<String> tooLong = ask(v, f, askForm("x".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("tối đa 2000 ký tự");
        Map<String, String> badCode = askForm("Câu hỏi với mã sai, được giữ lại");
        badCode.put("ma", "ZZZZ-ZZZZ");
        HttpResponse<String> wrong = ask(v, f, badCode);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Không tìm thấy đăng ký nào có mã này").contains("Câu hỏi với mã sai, được giữ lại");
        Map<String, String> bot = askForm("Câu hỏi của máy");
        bot.put("website", "http://spam.example");
        assertThat(ask(v, f, bot).statusCode()).isEqualTo(400);
        Map<String, String> fast = askForm("Câu hỏi gửi quá nhanh");
        fast.put("stamp", stamps.issue());
        HttpResponse<String> tooFast = ask(v, f, fast);
        assertThat(tooFast.statusCode()).isEqualTo(400);
        assertThat(tooFast.body()).contains("quá nhanh");
        Map<String, String> longName = askForm("Câu hỏi có tên quá dài");
        longName.put("ten", "a".repeat(101));
        assertThat(ask(v, f, longName).statusCode()).isEqualTo(400);
        // without the CSRF token
        assertThat(v.postRaw(topicPage(f, 1) + "/hoi-dap", Visitor.fields(askForm("Không có mã CSRF"))).statusCode()).isEqualTo(403);
        // an unknown topic
        assertThat(v.post(topicPage(f, 1), f.path() + "/chuyen-de/9/hoi-dap", Visitor.fields(askForm("Chuyên đề không có"))).statusCode())
                .isEqualTo(404);
        assertThat(asksOf(f)).isZero();
    }

    @Test
    void oneAddressMayAskTenQuestionsAnHour() throws Exception {
        Fixture f = programme("Chương trình thử giới hạn câu hỏi");
        Visitor v = new Visitor(port);
        for (int i = 1; i <= 10; i++) {
            assertThat(ask(v, f, askForm("Câu hỏi số " + i + " trong giờ")).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> refused = ask(v, f, askForm("Câu hỏi thứ mười một"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("quá nhiều câu hỏi");
        assertThat(asksOf(f)).isEqualTo(10);
        // another address is not affected
        assertThat(ask(new Visitor(port), f, askForm("Câu hỏi từ địa chỉ khác")).statusCode()).isEqualTo(303);
    }

    @Test
    void aVisitorUpvotesAPublishedQuestionOnceWithOrWithoutJavaScript() throws Exception {
        Fixture f = programme("Chương trình thử bình chọn");
        long first = publishedAsk(f, "Câu hỏi được quan tâm");
        long second = publishedAsk(f, "Câu hỏi thứ hai");
        String vote = f.path() + "/hoi-dap/" + first + "/binh-chon";
        Visitor a = new Visitor(port);
        HttpResponse<String> counted = a.post(topicPage(f, 1), vote, List.of());
        assertThat(counted.statusCode()).isEqualTo(303);
        assertThat(AdminClient.location(counted)).endsWith(topicPage(f, 1) + "?binh-chon=cam-on#cau-hoi-" + first);
        HttpResponse<String> again = a.post(topicPage(f, 1), vote, List.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn đã bình chọn cho câu hỏi này rồi");
        assertThat(upvotes(first)).isEqualTo(1);
        // the most upvoted first, and the visitor sees their own vote
        String page = a.get(topicPage(f, 1)).body();
        assertThat(page.indexOf("Câu hỏi được quan tâm")).isLessThan(page.indexOf("Câu hỏi thứ hai")).isPositive();
        assertThat(page).contains("Bạn đã bình chọn").contains("/hoi-dap/" + second + "/binh-chon");

        // the JavaScript path: JSON with the new count
        HttpClient b = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String token = AdminClient.csrf(b.send(browser(topicPage(f, 1)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        HttpResponse<String> json = jsonPost(b, vote, token);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.body()).contains("\"upvotes\":2");
        HttpResponse<String> jsonAgain = jsonPost(b, vote, token);
        assertThat(jsonAgain.statusCode()).isEqualTo(409);
        assertThat(jsonAgain.body()).contains("\"upvotes\":2").contains("Mỗi người chỉ bình chọn một lần");
        assertThat(upvotes(first)).isEqualTo(2);
        assertThat(votes(first)).isEqualTo(2);

        // an unpublished question cannot be upvoted
        jdbc.sql("UPDATE training_ask SET published = false WHERE id = ?").param(second).update();
        assertThat(new Visitor(port).post(topicPage(f, 1), f.path() + "/hoi-dap/" + second + "/binh-chon", List.of()).statusCode())
                .isEqualTo(404);
        assertThat(upvotes(second)).isZero();
    }

    /** A request as the browser of the JavaScript path sends it (its own address, a browser's user agent). */
    private HttpRequest.Builder browser(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", "10.78.0.7")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36");
    }

    private HttpResponse<String> jsonPost(HttpClient http, String path, String token) throws Exception {
        return http.send(browser(path).header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aCrawlersUpvoteIsNotCounted() throws Exception {
        Fixture f = programme("Chương trình thử bình chọn của máy");
        long id = publishedAsk(f, "Câu hỏi máy bình chọn");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + topicPage(f, 1)))
                .header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)").header("X-Forwarded-For", "10.77.0.9").build();
        String token = AdminClient.csrf(http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + f.path() + "/hoi-dap/" + id + "/binh-chon"))
                .header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)").header("X-Forwarded-For", "10.77.0.9")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isIn(400, 403);
        assertThat(upvotes(id)).isZero();
    }

    @Test
    void concurrentUpvotesCountEachVisitorExactlyOnce() throws Exception {
        Fixture f = programme("Chương trình thử bình chọn đồng thời");
        long id = publishedAsk(f, "Câu hỏi bình chọn đồng thời");
        int voters = 16;
        ExecutorService pool = Executors.newFixedThreadPool(voters * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AskService.VoteResult>> results = new ArrayList<>();
        for (int i = 0; i < voters * 2; i++) {
            String voter = "v:dong-thoi-" + (i % voters);
            Callable<AskService.VoteResult> call = () -> {
                start.await();
                return asks.upvote(f.id(), id, voter);
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        long counted = 0;
        long already = 0;
        for (Future<AskService.VoteResult> r : results) {
            AskService.Vote vote = r.get().vote();
            counted += vote == AskService.Vote.COUNTED ? 1 : 0;
            already += vote == AskService.Vote.ALREADY_VOTED ? 1 : 0;
        }
        pool.shutdown();
        assertThat(counted).isEqualTo(voters);
        assertThat(already).isEqualTo(voters);
        assertThat(upvotes(id)).isEqualTo(voters);
        assertThat(votes(id)).isEqualTo(voters);
    }

    @Test
    void theOrganisersModerateAnswerAndPublishAndTheServerEnforcesThePublishingRule() throws Exception {
        Fixture f = programme("Chương trình thử kiểm duyệt câu hỏi");
        long speaker = jdbc.sql("INSERT INTO training_speaker (programme_id, name, title) VALUES (?, 'Lê Thị Mai', 'TS.') RETURNING id")
                .param(f.id()).query(Long.class).single();
        long other = jdbc.sql("INSERT INTO training_speaker (programme_id, name) VALUES (?, 'Phạm Văn Nam') RETURNING id")
                .param(f.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO training_topic_speaker (topic_id, speaker_id) VALUES (?, ?)").params(f.topics().get(1), speaker).update();
        Visitor learner = new Visitor(port);
        assertThat(ask(learner, f, askForm("Tôi hỏi <script>alert('hoi')</script> về nhãn mác")).statusCode()).isEqualTo(303);
        long id = jdbc.sql("SELECT id FROM training_ask WHERE programme_id = ?").param(f.id()).query(Long.class).single();
        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + f.id() + "/hoi-dap";
        String list = admin.get(base + "?trang-thai=PENDING").body();
        assertThat(list).contains("data-ask=\"" + id + "\"").contains("&lt;script&gt;").doesNotContain("<script>alert");

        // publishing an unapproved, unanswered question is refused by the server
        HttpResponse<String> early = admin.submit(base + "/" + id, base + "/" + id + "/cong-bo", Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Chỉ công bố được câu hỏi đã duyệt");
        // assigning to a speaker who does not speak on the topic is refused; moving to topic 2 then assigning works
        HttpResponse<String> wrongSpeaker = admin.submit(base + "/" + id, base + "/" + id + "/phan-cong", Map.of("bao_cao_vien", String.valueOf(speaker)));
        assertThat(wrongSpeaker.statusCode()).isEqualTo(400);
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/chuyen-de", Map.of("chuyen_de", String.valueOf(f.topics().get(1))))
                .statusCode()).isEqualTo(302);
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/phan-cong", Map.of("bao_cao_vien", String.valueOf(other))).statusCode())
                .isEqualTo(400);
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/phan-cong", Map.of("bao_cao_vien", String.valueOf(speaker))).statusCode())
                .isEqualTo(302);
        assertThat(learner.get(f.path() + "/bao-cao-vien/" + speaker).body()).contains("Câu hỏi được giao: <strong>1</strong>");
        assertThat(learner.get(f.path() + "/bao-cao-vien/" + other).body()).contains("Câu hỏi được giao: <strong>0</strong>");
        // a topic of another programme is refused
        Fixture elsewhere = programme("Chương trình khác");
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/chuyen-de", Map.of("chuyen_de", String.valueOf(elsewhere.topics().get(0))))
                .statusCode()).isEqualTo(400);

        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/duyet", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> stillUnanswered = admin.submit(base + "/" + id, base + "/" + id + "/cong-bo", Map.of());
        assertThat(stillUnanswered.statusCode()).isEqualTo(409);
        assertThat(stillUnanswered.body()).contains("đã có câu trả lời");
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/tra-loi",
                Map.of("tra_loi", "<p>Cần <strong>nhãn</strong> đúng quy định.</p><script>alert('x')</script><img src=x onerror=alert(1)>"))
                .statusCode()).isEqualTo(302);
        String stored = jdbc.sql("SELECT answer_html FROM training_ask WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("<strong>nhãn</strong>").doesNotContain("<script").doesNotContain("onerror");
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/cong-bo", Map.of()).statusCode()).isEqualTo(302);

        String topic2 = learner.get(topicPage(f, 2)).body();
        assertThat(topic2).contains("Cần <strong>nhãn</strong> đúng quy định.").contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert").doesNotContain("onerror").contains("Trả lời: TS. Lê Thị Mai");
        assertThat(learner.get(f.path()).body()).contains("(1 câu hỏi, 1 đã trả lời)");

        // the table refuses a published row that is not approved as well
        assertThatThrownBy(() -> jdbc.sql("UPDATE training_ask SET status = 'PENDING' WHERE id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // rejecting takes it off the page; publishing a rejected one is refused
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/tu-choi", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT published FROM training_ask WHERE id = ?").param(id).query(Boolean.class).single()).isFalse();
        assertThat(learner.get(topicPage(f, 2)).body()).doesNotContain("đúng quy định");
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/cong-bo", Map.of()).statusCode()).isEqualTo(409);
        // approve again, publish, unpublish
        admin.submit(base + "/" + id, base + "/" + id + "/duyet", Map.of());
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/cong-bo", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(base + "/" + id, base + "/" + id + "/go-cong-bo", Map.of()).statusCode()).isEqualTo(302);
        assertThat(learner.get(topicPage(f, 2)).body()).doesNotContain("đúng quy định");
        // an emptied answer removes it
        admin.submit(base + "/" + id, base + "/" + id + "/tra-loi", Map.of("tra_loi", "<p> </p>"));
        assertThat(jdbc.sql("SELECT answered_at IS NULL FROM training_ask WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();

        for (String action : List.of("training.ask-approved", "training.ask-rejected", "training.ask-moved", "training.ask-assigned",
                "training.ask-answered", "training.ask-published", "training.ask-unpublished")) {
            assertThat(AuditRows.count(jdbc, "training_ask", id, action)).as(action).isPositive();
        }
        // the detail screen and the filters
        assertThat(admin.get(base + "/" + id).statusCode()).isEqualTo(200);
        assertThat(admin.get(base + "?tra-loi=chua&nguon=SITE&q=nhan+mac").body()).contains("data-ask=\"" + id + "\"");
        assertThat(admin.get(base + "?tra-loi=co").body()).doesNotContain("data-ask=\"" + id + "\"");
        assertThat(admin.get(base + "?trang-thai=KHONG").statusCode()).isEqualTo(400);
    }

    @Test
    void bulkApprovalApprovesOnlyPendingQuestionsOfTheProgramme() throws Exception {
        Fixture f = programme("Chương trình thử duyệt nhiều");
        Fixture other = programme("Chương trình thử duyệt nhiều khác");
        Visitor v = new Visitor(port);
        for (int i = 0; i < 3; i++) {
            ask(v, f, askForm("Câu hỏi chờ duyệt số " + i));
        }
        Visitor w = new Visitor(port);
        ask(w, other, askForm("Câu hỏi của chương trình khác"));
        List<Long> ids = jdbc.sql("SELECT id FROM training_ask WHERE programme_id = ? ORDER BY id").param(f.id()).query(Long.class).list();
        long foreign = jdbc.sql("SELECT id FROM training_ask WHERE programme_id = ?").param(other.id()).query(Long.class).single();
        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + f.id() + "/hoi-dap";
        String token = AdminClient.csrf(admin.get(base).body());
        HttpResponse<String> r = admin.postFields(base + "/duyet-nhieu", "_csrf", token, "chon", String.valueOf(ids.get(0)), "chon",
                String.valueOf(ids.get(1)), "chon", String.valueOf(foreign));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(r)).contains("tb=duyet-2");
        assertThat(jdbc.sql("SELECT status FROM training_ask WHERE id = ANY (?) ORDER BY id").param(new long[] {ids.get(0), ids.get(1), ids.get(2)})
                .query(String.class).list()).containsExactly("APPROVED", "APPROVED", "PENDING");
        assertThat(jdbc.sql("SELECT status FROM training_ask WHERE id = ?").param(foreign).query(String.class).single()).isEqualTo("PENDING");
        assertThat(AuditRows.count(jdbc, "training_ask", ids.get(0), "training.ask-approved")).isEqualTo(1);
        assertThat(admin.postFields(base + "/duyet-nhieu", "_csrf", token, "chon", "abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theRegistrationFormsQuestionLandsAmongTheQuestionsAndFollowsItsChanges() throws Exception {
        Fixture f = programme("Chương trình thử câu hỏi từ phiếu đăng ký");
        // no topic chosen: no topic; exactly one topic: that topic
        String none = register(f, "Vũ Thị Hạnh", "0911 000 201", List.of());
        String one = register(f, "Đỗ Văn Khoa", "0911 000 202", List.<String[]>of(new String[] {"chuyen_de", String.valueOf(f.topics().get(1))}));
        String two = register(f, "Ngô Thị Liên", "0911 000 203", List.<String[]>of(new String[] {"chuyen_de", String.valueOf(f.topics().get(0))},
                new String[] {"chuyen_de", String.valueOf(f.topics().get(1))}));
        Map<String, Object> a = registrationAsk(none);
        assertThat(a.get("body")).isEqualTo("Hồ sơ OCOP gồm những gì?");
        assertThat(a.get("topic_id")).isNull();
        assertThat(a.get("asker_name")).isEqualTo("Vũ Thị Hạnh");
        assertThat(a.get("status")).isEqualTo("PENDING");
        assertThat(((Number) registrationAsk(one).get("topic_id")).longValue()).isEqualTo(f.topics().get(1));
        assertThat(registrationAsk(two).get("topic_id")).isNull();

        // approved, then the registrant changes the question on the personal page: back to moderation, one row still
        jdbc.sql("UPDATE training_ask SET status = 'APPROVED' WHERE registration_id = (SELECT id FROM training_registration WHERE code = ?)")
                .param(one).update();
        Map<String, String> changed = TrainingFixtures.form("", "Đỗ Văn Khoa", "0911 000 202", "");
        changed.remove("stamp");
        changed.remove("website");
        changed.put("cau_hoi", "Câu hỏi đã sửa: bao bì cần những gì?");
        List<String[]> fields = Visitor.fields(changed);
        fields.add(new String[] {"chuyen_de", String.valueOf(f.topics().get(1))});
        Visitor v = new Visitor(port);
        HttpResponse<String> saved = v.post(f.form() + "/" + one, f.form() + "/" + one, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Map<String, Object> after = registrationAsk(one);
        assertThat(after.get("body")).isEqualTo("Câu hỏi đã sửa: bao bì cần những gì?");
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT count(*) FROM training_ask WHERE programme_id = ? AND source = 'REGISTRATION'").param(f.id())
                .query(Long.class).single()).isEqualTo(3);
        // the organisers see them with the source "Phiếu đăng ký"
        String list = manager().get("/quan-tri/tap-huan/" + f.id() + "/hoi-dap?nguon=REGISTRATION").body();
        assertThat(list).contains("Câu hỏi đã sửa: bao bì cần những gì?").contains("Phiếu đăng ký").contains("Mã " + one);
    }

    private Map<String, Object> registrationAsk(String code) {
        return jdbc.sql("""
                SELECT a.body, a.topic_id, a.asker_name, a.status FROM training_ask a JOIN training_registration r ON r.id = a.registration_id
                 WHERE r.code = ? AND a.source = 'REGISTRATION'""").param(code).query().singleRow();
    }

    @Test
    void theMigrationCopiesQuestionsOfEarlierRegistrationsOnce() throws Exception {
        Fixture f = programme("Chương trình thử sao chép câu hỏi cũ");
        // a registration written before V29 existed: straight into the table, without the service
        jdbc.sql("""
                INSERT INTO training_registration (programme_id, code, full_name, province_version, province_code, phone, category,
                  topic_ids, channel_wanted, channel, status, question, consent_version, consent_at)
                VALUES (?, 'QQQQ2222', 'Hà Văn Cũ', 2025, '01', '+84911000301', 'OTHER', ?::bigint[], 'ZOOM', 'ZOOM', 'REGISTERED',
                        '  Câu hỏi cũ trong phiếu  ', 'ND13-2023-tap-huan-v1', now())""")
                .params(f.id(), "{" + f.topics().get(0) + "}").update();
        String statement;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V29__training_ask.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            statement = sql.substring(sql.indexOf("INSERT INTO training_ask"));
        }
        jdbc.sql(statement).update();
        jdbc.sql(statement).update();
        List<Map<String, Object>> rows = jdbc.sql("SELECT body, topic_id, asker_name FROM training_ask WHERE programme_id = ?").param(f.id())
                .query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("body")).isEqualTo("Câu hỏi cũ trong phiếu");
        assertThat(((Number) rows.get(0).get("topic_id")).longValue()).isEqualTo(f.topics().get(0));
    }

    @Test
    void zoomQuestionsShowLikeTheOthersAndCountsPerTopicAreOnTheProgrammePage() throws Exception {
        Fixture f = programme("Chương trình thử câu hỏi Zoom");
        jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, source, asker_name, body, status, answer_html, answered_at, published)
                VALUES (?, ?, 'ZOOM', 'Nguyen Van Zoom', 'Câu hỏi từ Zoom Q&A', 'APPROVED', '<p>Đã trả lời trong buổi học.</p>', now(), true),
                       (?, ?, 'ZOOM', 'Khách', 'Câu hỏi Zoom chưa trả lời', 'PENDING', '', NULL, false),
                       (?, ?, 'SITE', '', 'Câu hỏi bị từ chối', 'REJECTED', '', NULL, false)""")
                .params(f.id(), f.topics().get(0), f.id(), f.topics().get(0), f.id(), f.topics().get(0)).update();
        Visitor v = new Visitor(port);
        assertThat(v.get(topicPage(f, 1)).body()).contains("Câu hỏi từ Zoom Q&amp;A").contains("Nguyen Van Zoom")
                .doesNotContain("Câu hỏi Zoom chưa trả lời");
        String programmePage = v.get(f.path()).body();
        assertThat(programmePage).contains("data-ask-counts=\"1\">(2 câu hỏi, 1 đã trả lời)")
                .contains("data-ask-counts=\"2\">(0 câu hỏi, 0 đã trả lời)");
    }
}
