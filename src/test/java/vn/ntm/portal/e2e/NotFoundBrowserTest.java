package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntm.portal.e2e.pages.ErrorPage;

/** Unknown articles and categories get the site's own 404 page, inside the layout, with status 404. */
@Tag("browser")
class NotFoundBrowserTest extends BrowserTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/tin-tuc/bai-viet-khong-he-ton-tai-987654321",
            "/tin-tuc/khong-co-so-hieu",
            "/chuyen-muc/chuyen-muc-khong-he-ton-tai"})
    void unknownPageShowsNotFoundInsideTheLayout(String path) throws Exception {
        ErrorPage page = ErrorPage.open(driver, url(path));

        assertThat(page.h1()).isEqualTo("Không tìm thấy trang");
        assertThat(page.errorCode()).contains("404");
        assertThat(page.hasSiteHeader()).as("site header").isTrue();
        assertThat(page.hasMainMenu()).as("main menu").isTrue();
        assertThat(page.hasSiteFooter()).as("site footer").isTrue();

        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                        .header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("HTTP status of " + path).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).contains("Không tìm thấy trang");
    }
}
