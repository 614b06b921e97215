package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.UserStore;

/** Sign-in, sign-out, lock-out, session renewal and cookie flags against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

    private static final String LOCKED = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 phút.";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    AdminClient http;

    @BeforeEach
    void client() {
        http = new AdminClient(port);
    }

    @Test
    void anonymousBackOfficeRequestsGoToTheSignInPage() throws Exception {
        for (String path : new String[] {"/quan-tri", "/quan-tri/nguoi-dung", "/quan-tri/nhat-ky", "/quan-tri/tai-khoan"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(AdminClient.location(r)).as(path).endsWith("/dang-nhap");
        }
        HttpResponse<String> page = http.get("/dang-nhap");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập quản trị", "Tên đăng nhập hoặc e-mail", "Mật khẩu", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(vn.ntm.portal.web.SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void signInByNameOrEmailRenewsTheSessionAndSetsSafeCookieFlags() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        String token = AdminClient.csrf(http.get("/dang-nhap").body());
        String before = http.sessionCookie().orElseThrow();

        HttpResponse<String> r = http.post("/dang-nhap", Map.of("login", name + "@EXAMPLE.test", "password", TestUsers.PASSWORD, "_csrf", token));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(r)).endsWith("/quan-tri");
        String after = http.sessionCookie().orElseThrow();
        assertThat(after).as("session id renewed at sign-in").isNotEqualTo(before);
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
        HttpResponse<String> dashboard = http.get("/quan-tri");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Bảng điều khiển", "Người thử " + name, "Lượt truy cập");

        HttpResponse<String> byName = new AdminClient(port).signIn(name, TestUsers.PASSWORD);
        assertThat(AdminClient.location(byName)).endsWith("/quan-tri");
        long id = users.findByLogin(name).orElseThrow().id();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'sign-in' AND entity_id = ? AND actor_name = ?")
                .params(String.valueOf(id), name).query(Long.class).single()).as("sign-ins are audited").isEqualTo(2);
    }

    @Test
    void wrongPasswordShowsAMessageAndSignOutEndsTheSession() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.REPORTER);
        HttpResponse<String> wrong = http.signIn(name, "sai-mat-khau-123");
        assertThat(AdminClient.location(wrong)).endsWith("/dang-nhap?loi=sai");
        assertThat(http.get("/dang-nhap?loi=sai").body()).contains("Tên đăng nhập (hoặc e-mail) hoặc mật khẩu không đúng.");

        assertThat(AdminClient.location(http.signIn(name, TestUsers.PASSWORD))).endsWith("/quan-tri");
        HttpResponse<String> out = http.submit("/quan-tri", "/dang-xuat", Map.of());
        assertThat(AdminClient.location(out)).endsWith("/dang-nhap?da-dang-xuat");
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/dang-nhap");
    }

    @Test
    void fiveFailuresLockTheAccountFromAnyAddress() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        for (int i = 1; i <= 4; i++) {
            assertThat(AdminClient.location(new AdminClient(port).signIn(name, "sai-" + i))).endsWith("loi=sai");
        }
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, "sai-5"))).as("fifth failure locks").endsWith("loi=khoa");

        AdminClient elsewhere = new AdminClient(port);
        HttpResponse<String> right = elsewhere.signIn(name, TestUsers.PASSWORD);
        assertThat(AdminClient.location(right)).as("the right password from another address").endsWith("loi=khoa");
        assertThat(elsewhere.get("/dang-nhap?loi=khoa").body()).contains(LOCKED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'sign-in.locked' AND after->>'login' = ?")
                .param(name).query(Long.class).single()).as("lock-outs are audited").isEqualTo(2);
        assertThat(AdminClient.location(elsewhere.get("/quan-tri"))).endsWith("/dang-nhap");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressOnly() throws Exception {
        String victim = TestUsers.create(users, encoder, Roles.EDITOR);
        String ip = http.ip();
        for (int i = 1; i <= 5; i++) {
            new AdminClient(port, ip).signIn("khong-ton-tai-" + i, "sai-" + i);
        }
        assertThat(AdminClient.location(new AdminClient(port, ip).signIn(victim, TestUsers.PASSWORD))).endsWith("loi=khoa");
        assertThat(AdminClient.location(new AdminClient(port).signIn(victim, TestUsers.PASSWORD))).endsWith("/quan-tri");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        http.get("/dang-nhap");
        assertThat(http.post("/dang-nhap", Map.of("login", name, "password", TestUsers.PASSWORD)).statusCode()).isEqualTo(403);
        http.signIn(name, TestUsers.PASSWORD);
        assertThat(http.post("/quan-tri/tai-khoan/dang-xuat-moi-noi", Map.of()).statusCode()).isEqualTo(403);
        assertThat(http.post("/dang-xuat", Map.of()).statusCode()).isEqualTo(403);
        assertThat(http.get("/quan-tri").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void firstAdministratorMustChangeThePasswordFirst() throws Exception {
        HttpResponse<String> r = http.signIn("admin", "Thu-nghiem-2026-quan-tri");
        assertThat(AdminClient.location(r)).endsWith("/quan-tri");
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/quan-tri/doi-mat-khau");
        assertThat(AdminClient.location(http.get("/quan-tri/nguoi-dung"))).endsWith("/quan-tri/doi-mat-khau");
        assertThat(http.get("/quan-tri/doi-mat-khau").body()).contains("Bạn cần đặt mật khẩu mới");
    }
}
