package vn.ntm.portal.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for the back office in whole-application tests: keeps cookies, follows no
 * redirects, and sends its own client address in X-Forwarded-For so tests do not share lock-outs.
 */
public final class AdminClient {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(10);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String ip;

    public AdminClient(int port) {
        this(port, "10.9." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1));
    }

    public AdminClient(int port, String ip) {
        this.base = "http://localhost:" + port;
        this.ip = ip;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String ip() {
        return ip;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form; the CSRF token is taken from {@code tokenPage} unless the form already has one. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form whose fields may repeat (name, value, name, value…), e.g. a list of rows. */
    public HttpResponse<String> postFields(String path, String... namesAndValues) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf(get(formPage).body()));
        return post(path, withToken);
    }

    public HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
        return submit("/dang-nhap", "/dang-nhap", Map.of("login", login, "password", password));
    }

    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("page has no CSRF token: " + html.substring(0, Math.min(300, html.length())));
        }
        return m.group(1);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The id at the end of the path a create redirected to, e.g. {@code /quan-tri/lien-ket/42?luu=1} → 42. */
    public static long idFrom(HttpResponse<?> response) {
        String path = location(response).replaceAll("\\?.*", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * Reads {@code path} until its body meets the condition (caches on the public side refresh every few
     * seconds), for at most 5 s; returns the body that met it.
     */
    public String eventually(String path, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = get(path).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not change within 5 s");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", ip)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
    }
}
