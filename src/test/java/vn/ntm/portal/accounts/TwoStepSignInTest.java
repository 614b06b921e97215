package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.ntm.portal.accounts.internal.PendingSecondStep;
import vn.ntm.portal.accounts.internal.UserStore;

/** The second step of a sign-in for users who enrolled in two-step verification, against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoStepSignInTest {

    private static final String STEP = "/dang-nhap/xac-thuc-hai-buoc";
    /** Where a completed sign-in goes: the dashboard, or the request cache's copy of it after an earlier visit. */
    private static final String SIGNED_IN = "(http://localhost:\\d+)?/quan-tri(\\?continue)?";
    private static final String WRONG = "Mã xác thực không đúng hoặc đã hết hạn.";
    private static final String EXPIRED = "Phiên xác thực đã hết hạn, vui lòng đăng nhập lại.";
    private static final String LOCKED = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 phút.";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    AdminClient http;
    String name;
    String secret;

    @BeforeEach
    void userWithTwoStep() {
        http = new AdminClient(port);
        name = TestUsers.create(users, encoder, Roles.EDITOR);
        secret = TestUsers.withTwoStep(users, name);
    }

    @Test
    void theRightPasswordOnlyLeadsToTheCodePageAndTheRightCodeSignsInWithANewSession() throws Exception {
        HttpResponse<String> first = http.signIn(name, TestUsers.PASSWORD);
        assertThat(AdminClient.location(first)).endsWith(STEP);
        assertThat(AdminClient.location(http.get("/quan-tri"))).as("not signed in after the password").endsWith("/dang-nhap");

        HttpResponse<String> page = http.get(STEP);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Xác thực hai bước", "<label for=\"code\">Mã xác thực</label>", "inputmode=\"numeric\"",
                "autocomplete=\"one-time-code\"", "<a href=\"/dang-nhap\">Hủy</a>", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(vn.ntm.portal.web.SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(new AdminClient(port).get("/dang-nhap").body()).as("the sign-in form asks no code").doesNotContain("name=\"code\"");

        String before = http.sessionCookie().orElseThrow();
        HttpResponse<String> done = http.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 0)));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(done)).matches(SIGNED_IN);
        assertThat(http.sessionCookie().orElseThrow()).as("session id renewed at sign-in").isNotEqualTo(before);
        assertThat(http.get("/quan-tri").statusCode()).isEqualTo(200);
        assertThat(AdminClient.location(http.get(STEP))).matches(SIGNED_IN);
        long id = users.findByLogin(name).orElseThrow().id();
        assertThat(AuditRows.count(jdbc, "user", id, "sign-in")).as("audited once, at the second step").isEqualTo(1);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        String code = TestUsers.code(secret, 0);
        http.signIn(name, TestUsers.PASSWORD);
        assertThat(AdminClient.location(http.submit(STEP, STEP, Map.of("code", code)))).matches(SIGNED_IN);

        AdminClient again = new AdminClient(port);
        assertThat(AdminClient.location(again.signIn(name, TestUsers.PASSWORD))).endsWith(STEP);
        HttpResponse<String> replay = again.submit(STEP, STEP, Map.of("code", code));
        assertThat(AdminClient.location(replay)).endsWith(STEP + "?loi=ma");
        assertThat(again.get(STEP + "?loi=ma").body()).contains(WRONG);
        assertThat(AdminClient.location(again.get("/quan-tri"))).endsWith("/dang-nhap");
        assertThat(AdminClient.location(again.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 1)))))
                .as("the next step's code still works").matches(SIGNED_IN);
    }

    @Test
    void wrongCodesCountTowardsTheLockOutAndARightPasswordDoesNotResetTheCount() throws Exception {
        String wrong = wrongCode();
        http.signIn(name, TestUsers.PASSWORD);
        for (int i = 1; i <= 3; i++) {
            assertThat(AdminClient.location(http.submit(STEP, STEP, Map.of("code", wrong)))).as("wrong code " + i).endsWith(STEP + "?loi=ma");
        }
        AdminClient second = new AdminClient(port);
        assertThat(AdminClient.location(second.signIn(name, TestUsers.PASSWORD))).endsWith(STEP);
        assertThat(AdminClient.location(second.submit(STEP, STEP, Map.of("code", wrong)))).endsWith(STEP + "?loi=ma");
        HttpResponse<String> fifth = second.submit(STEP, STEP, Map.of("code", wrong));
        assertThat(AdminClient.location(fifth)).as("fifth failure locks").endsWith("/dang-nhap?loi=khoa");
        assertThat(second.get("/dang-nhap?loi=khoa").body()).contains(LOCKED);
        assertThat(AdminClient.location(second.get(STEP))).as("the pending step is dropped").endsWith("/dang-nhap");

        assertThat(AdminClient.location(http.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 0)))))
                .as("the right code in the other pending sign-in").endsWith("/dang-nhap?loi=khoa");
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, TestUsers.PASSWORD))).endsWith("loi=khoa");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'sign-in.locked' AND after->>'login' = ?")
                .param(name).query(Long.class).single()).as("lock-outs are audited").isEqualTo(3);
    }

    @Test
    void anExpiredPendingStepSendsBackToSignIn() throws Exception {
        http.signIn(name, TestUsers.PASSWORD);
        startedMinutesAgo(6);
        HttpResponse<String> late = http.submit("/dang-nhap", STEP, Map.of("code", TestUsers.code(secret, 0)));
        assertThat(AdminClient.location(late)).endsWith("/dang-nhap?loi=het-han");
        assertThat(http.get("/dang-nhap?loi=het-han").body()).contains(EXPIRED);
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/dang-nhap");
        assertThat(AdminClient.location(http.get(STEP))).as("dropped").endsWith("/dang-nhap");

        AdminClient other = new AdminClient(port);
        other.signIn(name, TestUsers.PASSWORD);
        startedMinutesAgo(other, 6);
        assertThat(AdminClient.location(other.get(STEP))).endsWith("/dang-nhap?loi=het-han");

        AdminClient inTime = new AdminClient(port);
        inTime.signIn(name, TestUsers.PASSWORD);
        startedMinutesAgo(inTime, 4);
        assertThat(AdminClient.location(inTime.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 0))))).matches(SIGNED_IN);
    }

    @Test
    void withoutAPendingStepThePageSendsToSignIn() throws Exception {
        HttpResponse<String> page = http.get(STEP);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(page)).endsWith("/dang-nhap");
        HttpResponse<String> post = http.submit("/dang-nhap", STEP, Map.of("code", TestUsers.code(secret, 0)));
        assertThat(AdminClient.location(post)).endsWith("/dang-nhap?loi=het-han");
        assertThat(AdminClient.location(http.submit("/dang-nhap", STEP, Map.of("code", "12")))).endsWith("/dang-nhap");
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/dang-nhap");
    }

    @Test
    void aMalformedCodeIsA400WithTheFormAgainAndTheStepStaysPending() throws Exception {
        http.signIn(name, TestUsers.PASSWORD);
        for (String bad : List.of("12ab56", "12345", "1234567", "", "１２３４５６")) {
            HttpResponse<String> r = http.submit(STEP, STEP, Map.of("code", bad));
            assertThat(r.statusCode()).as("'" + bad + "'").isEqualTo(400);
            assertThat(r.body()).contains("Mã xác thực gồm đúng 6 chữ số.", "name=\"code\"");
        }
        HttpResponse<String> noField = http.submit(STEP, STEP, Map.of());
        assertThat(noField.statusCode()).isEqualTo(400);
        assertThat(http.post(STEP, Map.of("code", TestUsers.code(secret, 0))).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(AdminClient.location(http.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 0))))).matches(SIGNED_IN);
    }

    @Test
    void theSecondStepEndsWhereASignInEnds() throws Exception {
        long id = users.findByLogin(name).orElseThrow().id();
        users.setPassword(id, encoder.encode(TestUsers.PASSWORD), true);
        assertThat(AdminClient.location(http.get("/quan-tri/tai-khoan"))).endsWith("/dang-nhap");
        http.signIn(name, TestUsers.PASSWORD);
        HttpResponse<String> done = http.submit(STEP, STEP, Map.of("code", TestUsers.code(secret, 0)));
        assertThat(AdminClient.location(done)).as("the screen asked for").endsWith("/quan-tri/tai-khoan?continue");
        assertThat(AdminClient.location(http.get("/quan-tri"))).as("the forced password change").endsWith("/quan-tri/doi-mat-khau");
    }

    @Test
    void ofNodesSpendingTheSameStepAtOnceExactlyOneSucceeds() throws Exception {
        long id = users.findByLogin(name).orElseThrow().id();
        long step = Instant.now().getEpochSecond() / 30;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return users.acceptTotpStep(id, step);
                }));
            }
            start.countDown();
            int accepted = 0;
            for (var t : tries) {
                accepted += t.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(users.acceptTotpStep(id, step - 1)).as("an earlier step").isFalse();
        assertThat(users.acceptTotpStep(id, step + 1)).as("a later step").isTrue();
    }

    /** A code no step from a minute ago to a minute ahead has. */
    private String wrongCode() {
        Set<String> near = new HashSet<>();
        for (int s = -2; s <= 2; s++) {
            near.add(TestUsers.code(secret, s));
        }
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i * 7919 % 1_000_000);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }

    private void startedMinutesAgo(int minutes) {
        startedMinutesAgo(http, minutes);
    }

    /** Moves the start of the client's pending step back, in the session store. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void startedMinutesAgo(AdminClient client, int minutes) {
        String sessionId = new String(Base64.getDecoder().decode(client.sessionCookie().orElseThrow()), StandardCharsets.UTF_8);
        SessionRepository<Session> store = (SessionRepository) sessions;
        Session session = store.findById(sessionId);
        PendingSecondStep pending = session.getAttribute(PendingSecondStep.ATTRIBUTE);
        assertThat(pending).as("a pending step").isNotNull();
        session.setAttribute(PendingSecondStep.ATTRIBUTE, new PendingSecondStep(pending.userId(), pending.username(),
                Instant.now().minusSeconds(60L * minutes), pending.attempts()));
        store.save(session);
    }
}
