package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.UserStore;

/** "Quên mật khẩu" through a real SMTP server (GreenMail on the port the test properties name). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/quen-mat-khau/([A-Za-z0-9_-]{43}))");
    private static final String SENT = "Nếu địa chỉ e-mail có trong hệ thống, chúng tôi đã gửi một liên kết đặt lại mật khẩu.";
    private static final String INVALID = "Liên kết không hợp lệ, đã được dùng hoặc đã hết hạn.";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMailedLinkSetsANewPasswordOnce() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        AdminClient http = new AdminClient(port);
        AdminClient otherDevice = new AdminClient(port);
        otherDevice.signIn(name, TestUsers.PASSWORD);

        HttpResponse<String> asked = http.submit("/quen-mat-khau", "/quen-mat-khau", Map.of("email", name + "@example.test"));

        assertThat(asked.body()).contains(SENT);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(name + "@example.test");
        assertThat(message.getSubject()).startsWith("Đặt lại mật khẩu");
        Matcher link = LINK.matcher(message.getContent().toString());
        assertThat(link.find()).as("link in: " + message.getContent()).isTrue();
        String path = link.group(1);
        String token = link.group(2);
        assertThat(jdbc.sql("SELECT count(*) FROM password_reset WHERE token_hash = ?").param(token).query(Long.class).single())
                .as("the token itself is not stored").isZero();

        assertThat(http.get(path).body()).contains("Đặt mật khẩu mới");
        assertThat(http.submit(path, path, Map.of("password", "ngan", "confirm", "ngan")).body())
                .contains("Mật khẩu phải có ít nhất 10 ký tự.");
        HttpResponse<String> done = http.submit(path, path, Map.of("password", "Moi-dat-lai-2026", "confirm", "Moi-dat-lai-2026"));
        assertThat(AdminClient.location(done)).endsWith("/dang-nhap?mat-khau-moi");

        assertThat(AdminClient.location(otherDevice.get("/quan-tri"))).as("sessions opened with the old password end").endsWith("/dang-nhap");
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, TestUsers.PASSWORD))).endsWith("loi=sai");
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, "Moi-dat-lai-2026"))).endsWith("/quan-tri");

        HttpResponse<String> again = new AdminClient(port).get(path);
        assertThat(again.body()).contains(INVALID).doesNotContain("name=\"password\"");
        AdminClient replay = new AdminClient(port);
        String csrf = AdminClient.csrf(replay.get("/quen-mat-khau").body());
        assertThat(replay.post(path, Map.of("_csrf", csrf, "password", "Lan-thu-hai-2026", "confirm", "Lan-thu-hai-2026")).body())
                .contains(INVALID);
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, "Lan-thu-hai-2026"))).endsWith("loi=sai");
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() throws Exception {
        HttpResponse<String> asked = new AdminClient(port).submit("/quen-mat-khau", "/quen-mat-khau", Map.of("email", "khong-co@example.test"));
        assertThat(asked.body()).contains(SENT);
        assertThat(mail.waitForIncomingEmail(500, 1)).isFalse();
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        AdminClient http = new AdminClient(port);
        http.submit("/quen-mat-khau", "/quen-mat-khau", Map.of("email", name + "@example.test"));
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = LINK.matcher(mail.getReceivedMessages()[0].getContent().toString());
        assertThat(link.find()).isTrue();
        jdbc.sql("UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = ?")
                .param(users.findByLogin(name).orElseThrow().id()).update();
        assertThat(http.get(link.group(1)).body()).contains(INVALID);
    }
}
