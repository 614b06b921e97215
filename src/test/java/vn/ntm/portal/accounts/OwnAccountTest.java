package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.Totp;
import vn.ntm.portal.accounts.internal.UserStore;

/** A user's own account: the forced password change, and two-step verification from enrolment to sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnAccountTest {

    private static final Pattern SECRET = Pattern.compile("<code data-secret>([A-Z2-7]{32})</code>");

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aUserWhoMustChangeThePasswordGetsInOnlyAfterAValidChange() throws Exception {
        String name = "doi" + System.nanoTime() % 1_000_000;
        users.create(name, name + "@example.test", "Người đổi mật khẩu", encoder.encode(TestUsers.PASSWORD), true,
                java.util.List.of(Roles.EDITOR));
        AdminClient http = new AdminClient(port);
        http.signIn(name, TestUsers.PASSWORD);
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/quan-tri/doi-mat-khau");

        String form = "/quan-tri/doi-mat-khau";
        assertThat(http.submit(form, form, Map.of("current", TestUsers.PASSWORD, "password", "Moi" + name + "1234",
                "confirm", "Moi" + name + "1234")).body()).contains("Mật khẩu không được chứa tên đăng nhập.");
        assertThat(http.submit(form, form, Map.of("current", "sai-roi-123", "password", "Mua-xuan-2026-ok",
                "confirm", "Mua-xuan-2026-ok")).body()).contains("Mật khẩu hiện tại không đúng.");
        HttpResponse<String> done = http.submit(form, form, Map.of("current", TestUsers.PASSWORD, "password", "Mua-xuan-2026-ok",
                "confirm", "Mua-xuan-2026-ok"));

        assertThat(AdminClient.location(done)).endsWith("/quan-tri/tai-khoan?ok=mat-khau");
        assertThat(http.get("/quan-tri").statusCode()).isEqualTo(200);
        assertThat(users.findByLogin(name).orElseThrow().mustChangePassword()).isFalse();
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, "Mua-xuan-2026-ok"))).endsWith("/quan-tri");
    }

    @Test
    void twoStepVerificationIsEnrolledWithACodeAndThenRequiredAtSignIn() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.ADMIN);
        AdminClient http = new AdminClient(port);
        http.signIn(name, TestUsers.PASSWORD);
        String page = "/quan-tri/tai-khoan/xac-thuc-hai-buoc";
        String html = http.get(page).body();
        Matcher m = SECRET.matcher(html);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        assertThat(html).contains("otpauth://totp/");

        assertThat(http.submit(page, page, Map.of("code", "000000")).body()).contains("Mã xác thực không đúng");
        String code = Totp.code(decode(secret), Instant.now(), 6);
        assertThat(AdminClient.location(http.submit(page, page, Map.of("code", code)))).endsWith("?ok=hai-buoc");
        assertThat(users.findByLogin(name).orElseThrow().totpSecret()).isEqualTo(secret);

        AdminClient noCode = new AdminClient(port);
        assertThat(AdminClient.location(noCode.signIn(name, TestUsers.PASSWORD))).endsWith("loi=ma");
        assertThat(noCode.get("/dang-nhap?loi=ma").body()).contains("Mã xác thực hai bước không đúng hoặc chưa nhập.");
        AdminClient withCode = new AdminClient(port);
        HttpResponse<String> ok = withCode.submit("/dang-nhap", "/dang-nhap", Map.of("login", name, "password", TestUsers.PASSWORD,
                "code", Totp.code(decode(secret), Instant.now(), 6)));
        assertThat(AdminClient.location(ok)).endsWith("/quan-tri");
    }

    private static byte[] decode(String base32) {
        return Totp.decodeBase32(base32);
    }
}
