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
import vn.ntm.portal.shared.QrSvgReader;

/** A user's own account: the forced password change, and two-step verification from enrolment (QR code) to the second step of a sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnAccountTest {

    private static final Pattern SECRET = Pattern.compile("<code data-secret>([A-Z2-7]{32})</code>");
    private static final Pattern URI = Pattern.compile("<code class=\"wrap-anywhere\" data-uri>([^<]+)</code>");
    private static final String SECOND_STEP = "/dang-nhap/xac-thuc-hai-buoc";

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
    void twoStepVerificationIsEnrolledWithTheQrCodeAndThenAskedAsASecondStep() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.ADMIN);
        AdminClient http = new AdminClient(port);
        http.signIn(name, TestUsers.PASSWORD);
        String page = "/quan-tri/tai-khoan/xac-thuc-hai-buoc";
        String html = http.get(page).body();
        Matcher m = SECRET.matcher(html);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        Matcher u = URI.matcher(html);
        assertThat(u.find()).isTrue();
        String uri = u.group(1).replace("&amp;", "&");
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret);
        String svg = QrSvgReader.svgIn(html);
        assertThat(svg).contains("role=\"img\"", "aria-label=\"Mã QR để thêm tài khoản vào ứng dụng xác thực\"");
        assertThat(QrSvgReader.read(svg)).as("the QR code holds the otpauth URI").isEqualTo(uri);

        assertThat(http.submit(page, page, Map.of("code", "000000")).body()).contains("Mã xác thực không đúng");
        String code = Totp.code(decode(secret), Instant.now(), 6);
        assertThat(AdminClient.location(http.submit(page, page, Map.of("code", code)))).endsWith("?ok=hai-buoc");
        assertThat(users.findByLogin(name).orElseThrow().totpSecret()).isEqualTo(secret);

        AdminClient next = new AdminClient(port);
        assertThat(AdminClient.location(next.signIn(name, TestUsers.PASSWORD))).endsWith(SECOND_STEP);
        assertThat(AdminClient.location(next.submit(SECOND_STEP, SECOND_STEP, Map.of("code", code))))
                .as("the code that confirmed the enrolment is spent").endsWith(SECOND_STEP + "?loi=ma");
        HttpResponse<String> ok = next.submit(SECOND_STEP, SECOND_STEP, Map.of("code", TestUsers.code(secret, 1)));
        assertThat(AdminClient.location(ok)).endsWith("/quan-tri");
        assertThat(next.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    private static byte[] decode(String base32) {
        return Totp.decodeBase32(base32);
    }
}
