package vn.ntm.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/**
 * Walks every controller mapping of the running application, so an endpoint added later is covered
 * without editing this test: every state-changing request without a CSRF token is refused, even from
 * a signed-in administrator, and every back-office page sends an anonymous visitor to the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointProtectionTest {

    private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void everyStateChangeWithoutACsrfTokenIsRefused() throws Exception {
        AdminClient admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        List<String> accepted = new ArrayList<>();
        Set<String> paths = paths(true);
        for (String path : paths) {
            HttpResponse<String> r = admin.post(path, java.util.Map.of("stars", "5", "title", "x"));
            if (r.statusCode() != 403) {
                accepted.add(path + " -> " + r.statusCode());
            }
        }
        assertThat(paths).as("state-changing endpoints found").hasSizeGreaterThan(15);
        assertThat(accepted).as("answered without a CSRF token").isEmpty();
    }

    @Test
    void everyBackOfficePageSendsAnonymousVisitorsToSignIn() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> open = new ArrayList<>();
        Set<String> paths = new TreeSet<>(paths(false));
        paths.removeIf(p -> !p.startsWith("/quan-tri"));
        for (String path : paths) {
            HttpResponse<String> r = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean toSignIn = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/dang-nhap");
            // the session-status endpoint answers anonymous callers itself, without a session
            if (!toSignIn && !(path.startsWith("/quan-tri/phien/") && r.statusCode() < 500)) {
                open.add(path + " -> " + r.statusCode());
            }
        }
        assertThat(paths).as("back-office pages found").hasSizeGreaterThan(10);
        assertThat(open).isEmpty();
    }

    /** Concrete paths of the mapped endpoints: path variables filled with a plausible value. */
    private Set<String> paths(boolean stateChanging) {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean changes = methods.stream().anyMatch(CHANGES::contains);
            boolean reads = methods.isEmpty() || methods.contains(RequestMethod.GET);
            if (stateChanging ? !changes : !reads) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.startsWith("/test-only")) {
                    continue;
                }
                // a variable may carry a regex with braces of its own, e.g. {id:\d{1,18}}
                paths.add(pattern.replaceAll("\\{slugId}", "bai-viet-1").replaceAll("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", "1"));
            }
        });
        return paths;
    }
}
