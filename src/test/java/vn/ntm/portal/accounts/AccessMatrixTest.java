package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.UserStore;

/** Every back-office endpoint of this module against every role: who is let in, who is sent away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTest {

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    enum Who { ANONYMOUS, NO_ROLE, PHONG_VIEN, BIEN_TAP, QUAN_TRI }

    /** Allowed for everyone signed in with a role, for administrators only, or for anyone signed in. */
    enum Rule { ANY_ROLE, ADMIN, SIGNED_IN }

    record Endpoint(String method, String path, Rule rule) {
    }

    @Test
    void eachEndpointAllowsExactlyTheRolesItShould() throws Exception {
        long target = users.findByLogin(TestUsers.create(users, encoder, Roles.REPORTER)).orElseThrow().id();
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/quan-tri", Rule.ANY_ROLE),
                new Endpoint("GET", "/quan-tri/tai-khoan", Rule.SIGNED_IN),
                new Endpoint("GET", "/quan-tri/doi-mat-khau", Rule.SIGNED_IN),
                new Endpoint("GET", "/quan-tri/tai-khoan/xac-thuc-hai-buoc", Rule.SIGNED_IN),
                new Endpoint("POST", "/quan-tri/phien/duy-tri", Rule.SIGNED_IN),
                new Endpoint("GET", "/quan-tri/nguoi-dung", Rule.ADMIN),
                new Endpoint("GET", "/quan-tri/nguoi-dung/moi", Rule.ADMIN),
                new Endpoint("GET", "/quan-tri/nguoi-dung/" + target, Rule.ADMIN),
                new Endpoint("POST", "/quan-tri/nguoi-dung/" + target + "/dang-xuat", Rule.ADMIN),
                new Endpoint("POST", "/quan-tri/nguoi-dung/" + target + "/mo-khoa", Rule.ADMIN),
                new Endpoint("GET", "/quan-tri/nhat-ky", Rule.ADMIN),
                new Endpoint("GET", "/quan-tri/nhat-ky.csv", Rule.ADMIN));
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            AdminClient http = client(who);
            for (Endpoint e : endpoints) {
                String token = AdminClient.csrf(http.get(who == Who.ANONYMOUS ? "/dang-nhap" : "/quan-tri/tai-khoan").body());
                HttpResponse<String> r = e.method().equals("GET") ? http.get(e.path()) : http.post(e.path(), Map.of("_csrf", token));
                String outcome = outcome(r);
                String expected = expected(who, e);
                if (!outcome.equals(expected)) {
                    wrong.add(who + " " + e.method() + " " + e.path() + ": expected " + expected + ", got " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private AdminClient client(Who who) throws Exception {
        AdminClient http = new AdminClient(port);
        if (who != Who.ANONYMOUS) {
            String name = who == Who.NO_ROLE ? TestUsers.create(users, encoder) : TestUsers.create(users, encoder, who.name());
            assertThat(AdminClient.location(http.signIn(name, TestUsers.PASSWORD))).endsWith("/quan-tri");
        }
        return http;
    }

    private static String expected(Who who, Endpoint e) {
        if (who == Who.ANONYMOUS) {
            return e.path().startsWith("/quan-tri/phien/") ? "401" : "sign-in";
        }
        boolean allowed = switch (e.rule()) {
            case SIGNED_IN -> true;
            case ANY_ROLE -> who != Who.NO_ROLE;
            case ADMIN -> who == Who.QUAN_TRI;
        };
        return allowed ? "allowed" : "403";
    }

    private static String outcome(HttpResponse<String> r) {
        if (r.statusCode() == 302 && AdminClient.location(r).endsWith("/dang-nhap")) {
            return "sign-in";
        }
        if (r.statusCode() == 200 || r.statusCode() == 302) {
            return "allowed";
        }
        return String.valueOf(r.statusCode());
    }
}
