package vn.ntm.portal.polls;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ntm.portal.accounts.AdminClient;

/**
 * A browser reduced to what a vote needs: the visitor cookie and CSRF cookie it was given by one page, and that page's
 * token, sent by hand, so several threads can share one identity and a form can repeat a field.
 */
final class RawVoter {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String ip;
    private final String userAgent;
    final String visitorCookie;
    private final String csrfCookie;
    private final String token;

    private RawVoter(String base, String ip, String userAgent, String visitorCookie, String csrfCookie, String token) {
        this.base = base;
        this.ip = ip;
        this.userAgent = userAgent;
        this.visitorCookie = visitorCookie;
        this.csrfCookie = csrfCookie;
        this.token = token;
    }

    static RawVoter fetch(int port, String path, String ip) throws IOException, InterruptedException {
        return fetch(port, path, ip, BROWSER);
    }

    /** Reads the page as a new visitor would, keeping the cookies it sets and its form's token. */
    static RawVoter fetch(int port, String path, String ip, String userAgent) throws IOException, InterruptedException {
        String base = "http://localhost:" + port;
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", ip)
                .header("User-Agent", userAgent).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new RawVoter(base, ip, userAgent, cookie(page, "ntm_v"), cookie(page, "XSRF-TOKEN"), AdminClient.csrf(page.body()));
    }

    RawVoter withoutVisitorCookie() {
        return new RawVoter(base, ip, userAgent, null, csrfCookie, token);
    }

    /** The same identity from another address. */
    RawVoter from(String otherIp) {
        return new RawVoter(base, otherIp, userAgent, visitorCookie, csrfCookie, token);
    }

    HttpResponse<String> vote(String action, Long... options) throws IOException, InterruptedException {
        String body = Stream.concat(Stream.of("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                Stream.of(options).map(o -> "chon=" + o)).collect(Collectors.joining("&"));
        return HTTP.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        String cookies = (visitorCookie == null ? "" : "ntm_v=" + visitorCookie + "; ") + "XSRF-TOKEN=" + csrfCookie;
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", ip).header("User-Agent", userAgent)
                .header("Cookie", cookies);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().allValues("Set-Cookie")));
    }
}
