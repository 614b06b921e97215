package vn.ntm.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Uploads over HTTP against the whole application: serving with long cache headers and a no-script policy,
 * the editor's JSON endpoint and the media library behind the security filters, the multipart size limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadsHttpTest {

    private static final String NO_SCRIPT = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    @LocalServerPort
    int port;

    @Autowired
    UploadsApi uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Value("${ntm.upload-dir}")
    Path uploadDir;

    MockMvc mvc;
    HttpClient http;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
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
        MvcResult r = mvc.perform(multipart("/quan-tri/anh").file(file("anh.jpg", Samples.jpeg(900, 600))).param("alt", "Lễ ra mắt HTX \"Xanh\"")
                .with(user("bientapvien")).with(token()).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).matches("\\{\"id\":\\d+,\"url\":\"/uploads/images/[0-9a-f/]+\\.jpg\",\"thumbnails\":\\{\"160x90\":\"[^\"]+-160x90\\.jpg\","
                + "\"320x180\":\"[^\"]+-320x180\\.jpg\",\"640x360\":\"[^\"]+-640x360\\.jpg\"},\"width\":900,\"height\":600,"
                + "\"alt\":\"Lễ ra mắt HTX \\\\\"Xanh\\\\\"\"}");
        long id = Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        assertThat(uploads.findImage(id).orElseThrow().uploadedBy()).isEqualTo("bientapvien");
    }

    @Test
    void editorUploadWithoutAltTextOrWithoutSignInIsRefusedAndNothingIsWritten() throws Exception {
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = rows();
        MvcResult noAlt = mvc.perform(multipart("/quan-tri/anh").file(file("anh.jpg", Samples.jpeg(300, 200))).param("alt", " ")
                .with(user("bientapvien")).with(token()).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(noAlt.getResponse().getStatus()).isEqualTo(400);
        assertThat(noAlt.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("{\"error\":\"Vui lòng nhập mô tả ảnh");

        MvcResult anonymous = mvc.perform(multipart("/quan-tri/anh").file(file("anh.jpg", Samples.jpeg(300, 200))).param("alt", "Ảnh")
                .with(token()).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(403);
        assertThat(anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Bạn cần đăng nhập");

        MvcResult svg = mvc.perform(multipart("/quan-tri/anh").file(file("a.svg", Samples.ascii("<svg><script>alert(1)</script></svg>")))
                .param("alt", "Ảnh").with(user("bientapvien")).with(token()).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(svg.getResponse().getStatus()).isEqualTo(415);

        MvcResult noToken = mvc.perform(multipart("/quan-tri/anh").file(file("anh.jpg", Samples.jpeg(300, 200))).param("alt", "Ảnh")
                .with(user("bientapvien")).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(noToken.getResponse().getStatus()).isEqualTo(403);

        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void formUploadWithoutJavaScriptReturnsToTheMediaLibrary() throws Exception {
        MvcResult r = mvc.perform(multipart("/quan-tri/anh").file(file("dong-lua.png", Samples.png(400, 300))).param("alt", "Đồng lúa chín")
                .with(user("bientapvien")).with(token()).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(303);
        String location = r.getResponse().getHeader("Location");
        assertThat(location).matches("/quan-tri/anh\\?da-tai-len=\\d+");

        String page = mvc.perform(get(location).with(user("bientapvien"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Thư viện ảnh</h1>", "Đã tải ảnh lên", "Đồng lúa chín", "dong-lua.png", "-160x90.jpg",
                "enctype=\"multipart/form-data\"", "name=\"_csrf\"");
        String search = mvc.perform(get("/quan-tri/anh?q=lúa chín").with(user("bientapvien"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(search).contains("Đồng lúa chín");
        assertThat(mvc.perform(get("/quan-tri/anh")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anUploadOverTheMultipartLimitGetsAVietnamese413() throws Exception {
        var article = jdbc.sql("SELECT id, slug FROM article WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1").query().singleRow();
        String page = http.send(request("/tin-tuc/" + article.get("slug") + "-" + article.get("id")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        // just over the 20 MB file limit, under the request limit: Tomcat reads it through and the refusal arrives
        byte[] body = multipartBody("--x", "big.jpg", new byte[20 * 1024 * 1024 + 1024]);
        HttpResponse<String> r = http.send(request("/quan-tri/anh")
                .header("Content-Type", "multipart/form-data; boundary=x").header("Accept", "application/json")
                .header("X-XSRF-TOKEN", token.group(1)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("{\"error\":\"Tệp tải lên quá lớn: ảnh tối đa 10 MB, tệp đính kèm tối đa 20 MB.\"}");
    }

    /**
     * The form token as a browser gets it: the cookie and the hidden field of the media library page.
     * (spring-security-test's csrf() would swap the token store of the shared application's filter.)
     */
    private RequestPostProcessor token() throws Exception {
        var page = mvc.perform(get("/quan-tri/anh").with(user("bientapvien"))).andReturn().getResponse();
        Cookie cookie = page.getCookie("XSRF-TOKEN");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(cookie).isNotNull();
        assertThat(m.find()).isTrue();
        String value = m.group(1);
        return request -> {
            request.setCookies(cookie);
            request.addParameter("_csrf", value);
            return request;
        };
    }

    private static byte[] multipartBody(String boundary, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nẢnh lớn\r\n" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
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
