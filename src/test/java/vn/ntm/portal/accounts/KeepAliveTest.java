package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.UserStore;

/** The session status read (which must not extend the session) and the keep-alive call (which must). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepAliveTest {

    private static final String STATUS = "/quan-tri/phien/trang-thai";
    private static final String KEEP = "/quan-tri/phien/duy-tri";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    AdminClient http;
    String sessionId;

    @BeforeEach
    void signIn() throws Exception {
        http = new AdminClient(port);
        http.signIn(TestUsers.create(users, encoder, Roles.REPORTER), TestUsers.PASSWORD);
        sessionId = new String(Base64.getDecoder().decode(http.sessionCookie().orElseThrow()), StandardCharsets.UTF_8);
    }

    @Test
    void statusTellsTheTimeLeftWithoutExtendingTheSession() throws Exception {
        assertThat(http.get(STATUS).body()).isEqualTo("{\"signedIn\":true,\"remaining\":1800}");
        age(600);
        long expiry = expiry();

        var status = http.get(STATUS);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(status.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(status.body()).matches("\\{\"signedIn\":true,\"remaining\":1(199|200)}");
        assertThat(expiry()).as("asking did not touch the session").isEqualTo(expiry);
    }

    @Test
    void keepAliveExtendsTheSessionAndNeedsTheCsrfToken() throws Exception {
        age(600);
        long before = expiry();
        assertThat(http.post(KEEP, Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);

        String token = AdminClient.csrf(http.get("/quan-tri/tai-khoan").body());
        age(600);
        var kept = http.post(KEEP, Map.of("_csrf", token));

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).contains("\"remaining\":1800", "\"signedIn\":true");
        assertThat(expiry()).isGreaterThan(before);
        assertThat(http.get(STATUS).body()).matches("\\{\"signedIn\":true,\"remaining\":1(799|800)}");
    }

    @Test
    void anIdleSessionEndsOnTheServer() throws Exception {
        age(1801);
        assertThat(http.get(STATUS).body()).isEqualTo("{\"signedIn\":false,\"remaining\":0}");
        assertThat(AdminClient.location(http.get("/quan-tri"))).endsWith("/dang-nhap");
        assertThat(new AdminClient(port).get(STATUS).body()).as("no session at all").isEqualTo("{\"signedIn\":false,\"remaining\":0}");
    }

    /** Pretends the last request was {@code seconds} earlier. */
    private void age(int seconds) {
        jdbc.sql("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - ?, EXPIRY_TIME = EXPIRY_TIME - ? WHERE SESSION_ID = ?")
                .params(seconds * 1000L, seconds * 1000L, sessionId).update();
    }

    private long expiry() {
        return jdbc.sql("SELECT EXPIRY_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?").param(sessionId).query(Long.class).single();
    }
}
