package vn.ntm.portal.training;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.ntm.portal.accounts.AdminClient;

/** A visitor of the public site with its own address (X-Forwarded-For) and cookies; posts multi-valued forms. */
final class Visitor {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    final String ip = "10.88." + (NEXT.get() / 250) + "." + (NEXT.getAndIncrement() % 250 + 1);
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Visitor(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the fields (a name may repeat) with the CSRF token of the page at {@code tokenPage}. */
    HttpResponse<String> post(String tokenPage, String path, List<String[]> fields) throws IOException, InterruptedException {
        List<String[]> all = new ArrayList<>(fields);
        HttpResponse<String> page = get(tokenPage);
        if (page.statusCode() != 200) {
            throw new AssertionError(tokenPage + " answered " + page.statusCode() + ": " + page.body());
        }
        all.add(new String[] {"_csrf", AdminClient.csrf(page.body())});
        return postRaw(path, all);
    }

    HttpResponse<String> postRaw(String path, List<String[]> fields) throws IOException, InterruptedException {
        String body = fields.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String[]> fields(Map<String, String> map) {
        List<String[]> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new String[] {k, v}));
        return out;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", ip)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36");
    }
}
