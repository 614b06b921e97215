package vn.ntm.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/**
 * Uploads over HTTP against the whole application: serving with long cache headers and a no-script policy,
 * the editor's JSON endpoint and the media library behind the back-office chain with real sign-in and its
 * session-kept CSRF token, the multipart size limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadsHttpTest {

    private static final String NO_SCRIPT = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    @Autowired
    UploadsApi uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Value("${ntm.upload-dir}")
    Path uploadDir;

    HttpClient http;

    @BeforeEach
    void setUp() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void storedImageIsServedWithLongCacheHeadersAndNothingCanRunInIt() throws Exception {
        StoredImage image = uploads.storeImage("a.jpg", new ByteArrayInputStream(Samples.jpeg(500, 400)), "Ảnh thử", "editor");
        for (String url : new String[]{image.url(), image.thumbnail(160).url()}) {
            HttpResponse<byte[]> r = http.send(request(url).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(Files.readAllBytes(uploadDir.resolve(url.substring("/uploads/".length()))));
            assertThat(r.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=2592000", "public");
            assertThat(r.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(r.headers().allValues("Content-Security-Policy")).containsExactly(NO_SCRIPT);
        }
    }

    @Test
    void storedDocumentIsServedUnderTheSamePolicy() throws Exception {
        StoredFile pdf = uploads.storeDocument("a.pdf", new ByteArrayInputStream(Samples.pdf()), "editor");
        HttpResponse<byte[]> r = http.send(request(pdf.url()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().allValues("Content-Security-Policy")).containsExactly(NO_SCRIPT);
        assertThat(r.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void sitePagesKeepTheSitePolicy() throws Exception {
        HttpResponse<String> r = http.send(request("/van-ban").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(vn.ntm.portal.web.SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void editorUploadAnswersJsonWithTheStoredImage() throws Exception {
        Desk editor = signIn("BIEN_TAP");
        HttpResponse<String> r = editor.upload("anh.jpg", Samples.jpeg(900, 600), "Lễ ra mắt HTX \"Xanh\"", editor.token(), "application/json");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        String json = r.body();
        assertThat(json).matches("\\{\"id\":\\d+,\"url\":\"/uploads/images/[0-9a-f/]+\\.jpg\",\"thumbnails\":\\{\"160x90\":\"[^\"]+-160x90\\.jpg\","
                + "\"320x180\":\"[^\"]+-320x180\\.jpg\",\"640x360\":\"[^\"]+-640x360\\.jpg\"},\"width\":900,\"height\":600,"
                + "\"alt\":\"Lễ ra mắt HTX \\\\\"Xanh\\\\\"\"}");
        long id = Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        assertThat(uploads.findImage(id).orElseThrow().uploadedBy()).isEqualTo(editor.name);
    }

    @Test
    void editorUploadWithoutAltTextOrWithoutSignInOrRoleIsRefusedAndNothingIsWritten() throws Exception {
        Desk editor = signIn("BIEN_TAP");
        Desk outsider = signIn(otherRole());
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = rows();

        HttpResponse<String> noAlt = editor.upload("anh.jpg", Samples.jpeg(300, 200), " ", editor.token(), "application/json");
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(noAlt.body()).startsWith("{\"error\":\"Vui lòng nhập mô tả ảnh");

        // a stranger with a valid token of his own (anonymous session of the sign-in page) is sent to sign in
        AdminClient stranger = new AdminClient(port);
        String strangerToken = AdminClient.csrf(stranger.get("/dang-nhap").body());
        HttpResponse<String> anonymous = new Desk(stranger, "").upload("anh.jpg", Samples.jpeg(300, 200), "Ảnh", strangerToken,
                "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(anonymous)).contains("/dang-nhap");

        // signed in, but holding none of the news desk's roles
        HttpResponse<String> noRole = outsider.upload("anh.jpg", Samples.jpeg(300, 200), "Ảnh", outsider.tokenOf("/quan-tri/tai-khoan"),
                "application/json");
        assertThat(noRole.statusCode()).isEqualTo(403);

        HttpResponse<String> svg = editor.upload("a.svg", Samples.ascii("<svg><script>alert(1)</script></svg>"), "Ảnh", editor.token(),
                "application/json");
        assertThat(svg.statusCode()).isEqualTo(415);
        assertThat(svg.body()).startsWith("{\"error\":");

        HttpResponse<String> noToken = editor.upload("anh.jpg", Samples.jpeg(300, 200), "Ảnh", null, "application/json");
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = editor.upload("anh.jpg", Samples.jpeg(300, 200), "Ảnh", strangerToken, "application/json");
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
        // and the same editor's proper request does go through
        assertThat(editor.upload("anh.jpg", Samples.jpeg(300, 200), "Ảnh", editor.token(), "application/json").statusCode()).isEqualTo(201);
    }

    @Test
    void formUploadWithoutJavaScriptReturnsToTheMediaLibraryInTheBackOffice() throws Exception {
        Desk reporter = signIn("PHONG_VIEN");
        String library = reporter.client.get("/quan-tri/anh").body();
        assertThat(library).contains("<h1>Thư viện ảnh</h1>", "enctype=\"multipart/form-data\"", "name=\"_csrf\"", "<meta name=\"csrf-token\"")
                .containsPattern("<a href=\"/quan-tri/anh\" aria-current=\"page\">Thư viện ảnh</a>")
                .contains("href=\"/quan-tri/bai-viet\"");

        String word = "Đồng lúa chín " + System.nanoTime();
        HttpResponse<String> r = reporter.upload("dong-lua.png", Samples.png(400, 300), word, AdminClient.csrf(library), "text/html");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = AdminClient.location(r).replaceAll("^https?://[^/]+", "");
        assertThat(location).matches("/quan-tri/anh\\?da-tai-len=\\d+");

        HttpResponse<String> after = reporter.client.get(location);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("<h1>Thư viện ảnh</h1>", "Đã tải ảnh lên", word, "dong-lua.png", "-320x180.jpg");
        HttpResponse<String> search = reporter.client.get("/quan-tri/anh?q=" + URLEncoder.encode(word.toLowerCase(), StandardCharsets.UTF_8));
        assertThat(search.body()).contains(word);
        assertThat(reporter.client.get("/quan-tri/anh?q=khong-co-anh-nao-" + System.nanoTime()).body()).doesNotContain(word)
                .contains("Chưa có ảnh nào.");

        // a refused file comes back to the library inside the back office, with the reason and the typed description
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = rows();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        HttpResponse<String> refused = reporter.upload("anh.svg", svg.getBytes(StandardCharsets.UTF_8), "Ảnh vẽ " + word,
                AdminClient.csrf(reporter.client.get("/quan-tri/anh").body()), "text/html");
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("<h1>Thư viện ảnh</h1>", "role=\"alert\"", "Không tải được ảnh lên:", "JPEG",
                "value=\"Ảnh vẽ " + word + "\"", "<meta name=\"csrf-token\"").doesNotContain("<script>alert(1)");
        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);

        HttpResponse<String> stranger = new AdminClient(port).get("/quan-tri/anh");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(stranger)).contains("/dang-nhap");
        Desk outsider = signIn(otherRole());
        assertThat(outsider.client.get("/quan-tri/anh").statusCode()).isEqualTo(403);
        assertThat(outsider.client.get("/quan-tri/tai-khoan").body()).doesNotContain("Thư viện ảnh");
    }

    @Test
    void anUploadOverTheMultipartLimitGetsAVietnamese413() throws Exception {
        Desk editor = signIn("BIEN_TAP");
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = rows();
        // just over the 20 MB file limit, under the request limit: Tomcat reads it through and the refusal arrives;
        // the token travels in the header as the editor's script sends it, so the CSRF filter never parses the body
        byte[] body = multipartBody("x", Map.of("alt", "Ảnh lớn"), "big.jpg", new byte[20 * 1024 * 1024 + 1024]);
        HttpResponse<String> r = editor.send(editor.multipart("/quan-tri/anh", "x", body, "application/json")
                .header("X-CSRF-TOKEN", editor.token()).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("{\"error\":\"Tệp tải lên quá lớn: ảnh tối đa 10 MB, tệp đính kèm tối đa 20 MB.\"}");
        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
    }

    /** A back-office user: an {@link AdminClient} signed in for real, and multipart posts sent with its session. */
    private final class Desk {

        final AdminClient client;
        final String name;

        Desk(AdminClient client, String name) {
            this.client = client;
            this.name = name;
        }

        /** The admin CSRF token as the layout gives it to scripts. */
        String token() throws Exception {
            return tokenOf("/quan-tri/anh");
        }

        String tokenOf(String page) throws Exception {
            HttpResponse<String> r = client.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            Matcher m = META_TOKEN.matcher(r.body());
            assertThat(m.find()).as("csrf-token meta on " + page).isTrue();
            return m.group(1);
        }

        /** The library's form (or the editor's FormData): file, alt and, unless null, the token as the _csrf field. */
        HttpResponse<String> upload(String fileName, byte[] content, String alt, String token, String accept) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("alt", alt);
            if (token != null) {
                fields.put("_csrf", token);
            }
            return send(multipart("/quan-tri/anh", "b0undary", multipartBody("b0undary", fields, fileName, content), accept).build());
        }

        HttpRequest.Builder multipart(String path, String boundary, byte[] body, String accept) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("User-Agent", BROWSER)
                    .header("X-Forwarded-For", client.ip()).header("Accept", accept)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            client.sessionCookie().ifPresent(s -> b.header("Cookie", "SESSION=" + s));
            return b;
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private Desk signIn(String role) throws Exception {
        String name = TestUsers.create(users, encoder, role);
        AdminClient client = new AdminClient(port);
        assertThat(client.signIn(name, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(client.sessionCookie()).isPresent();
        return new Desk(client, name);
    }

    /** A back-office role another module might add, outside the news desk. */
    private String otherRole() {
        jdbc.sql("INSERT INTO role (code, name) VALUES ('THU_NGHIEM_KHAC', 'Vai trò khác') ON CONFLICT DO NOTHING").update();
        return "THU_NGHIEM_KHAC";
    }

    private static byte[] multipartBody(String boundary, Map<String, String> fields, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
    }

    /** Declared a bot, so these requests stay out of the visitor statistics that other tests' pages show. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("User-Agent", "ntm-uploads-test-bot");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
