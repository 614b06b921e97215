package vn.ntm.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A failure inside a controller shows the Vietnamese 500 page inside the site layout, without a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void serverErrorPageIsVietnameseAndInsideTheLayout() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-only/failure")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("Hệ thống đang gặp sự cố", "class=\"site-header\"", "class=\"site-footer\"")
                .doesNotContain("IllegalStateException", "secret detail");
    }

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("secret detail");
        }
    }
}
