package vn.ntm.portal.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article page against the whole application and its embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticlePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpSession http;
    long id;
    String slug;
    String path;

    @BeforeEach
    void pickArticle() {
        http = new HttpSession(port);
        // an article in the middle of its category, so it has both newer and older neighbours
        var row = jdbc.sql("""
                SELECT id, slug FROM (
                  SELECT id, slug, row_number() OVER (PARTITION BY main_category_id ORDER BY published_at) AS n,
                         count(*) OVER (PARTITION BY main_category_id) AS total
                  FROM article WHERE status = 'PUBLISHED') x
                WHERE n = total / 2 AND total > 10 ORDER BY random() LIMIT 1""").query().singleRow();
        id = ((Number) row.get("id")).longValue();
        slug = (String) row.get("slug");
        path = "/tin-tuc/" + slug + "-" + id;
    }

    @Test
    void pageShowsEverythingTheReferencePageShows() throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        String title = jdbc.sql("SELECT title FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(html).contains("<h1 id=\"article-title\">" + escape(title) + "</h1>");
        assertThat(html).containsPattern(">(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) - \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</time>");
        assertThat(html).contains("Tổng số điểm của bài viết là:", "Click để đánh giá bài viết",
                "Những tin mới hơn", "Những tin cũ hơn", "Văn bản ban hành", "Thống kê", "Hát về nông thôn mới",
                "Trưởng ban biên tập:", "Phó trưởng ban biên tập:");
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">");
        assertThat(html).contains("property=\"og:title\"", "name=\"twitter:card\"", "\"@type\":\"NewsArticle\"");
        assertThat(html).contains("facebook.com/sharer/sharer.php?u=", "zalo", path + "/in");
    }

    @Test
    void cachedPageIsTheSamePageWithTheSameHeadersAsTheNormalPath() throws Exception {
        HttpResponse<String> cached = http.get(path);
        // a query string takes the request through the MVC controller instead of the page cache
        HttpResponse<String> normal = http.get(path + "?utm_source=test");
        assertThat(normalise(cached.body())).isEqualTo(normalise(normal.body()));
        for (String header : vn.ntm.portal.web.SecurityHeaders.PAGE.keySet()) {
            assertThat(cached.headers().firstValue(header)).as(header).isPresent().isEqualTo(normal.headers().firstValue(header));
        }
        assertThat(cached.headers().firstValue("Content-Type")).isEqualTo(normal.headers().firstValue("Content-Type"));
        assertThat(cached.headers().firstValue("Content-Language")).hasValue("vi-VN").isEqualTo(normal.headers().firstValue("Content-Language"));
        // each response carries its own masked CSRF token, valid for a vote
        assertThat(HttpSession.csrf(cached.body())).isNotEqualTo(HttpSession.csrf(normal.body()));
        HttpResponse<String> vote = http.post(path + "/danh-gia", Map.of("stars", "5", "_csrf", HttpSession.csrf(cached.body())), "application/json");
        assertThat(vote.statusCode()).isEqualTo(200);
    }

    private static String normalise(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"\"")
                .replaceAll("<span data-views>[0-9.]+</span>", "<span data-views></span>")
                // live visit counters: the sidebar frame is rebuilt every two seconds, so two requests may straddle a rebuild
                .replaceAll("(?s)<dl class=\"stats-counter\">.*?</dl>", "<dl class=\"stats-counter\"></dl>");
    }

    @Test
    void newerAndOlderListsFollowPublishTimeInTheSameCategory() throws Exception {
        String html = http.get(path).body();
        var newer = jdbc.sql("""
                SELECT b.id FROM article a JOIN article b ON b.main_category_id = a.main_category_id
                WHERE a.id = ? AND b.status = 'PUBLISHED' AND (b.published_at, b.id) > (a.published_at, a.id)
                ORDER BY b.published_at, b.id LIMIT 1""").param(id).query(Long.class).single();
        var older = jdbc.sql("""
                SELECT b.id FROM article a JOIN article b ON b.main_category_id = a.main_category_id
                WHERE a.id = ? AND b.status = 'PUBLISHED' AND (b.published_at, b.id) < (a.published_at, a.id)
                ORDER BY b.published_at DESC, b.id DESC LIMIT 1""").param(id).query(Long.class).single();
        String newerSection = html.substring(html.indexOf("Những tin mới hơn"), html.indexOf("Những tin cũ hơn"));
        String olderSection = html.substring(html.indexOf("Những tin cũ hơn"));
        assertThat(firstLinkId(newerSection)).isEqualTo(newer);
        assertThat(firstLinkId(olderSection)).isEqualTo(older);
    }

    @Test
    void ratingCountsOncePerVisitor() throws Exception {
        String page = http.get(path).body();
        long[] before = rating();
        HttpResponse<String> first = http.post(path + "/danh-gia", Map.of("stars", "4", "_csrf", HttpSession.csrf(page)), "application/json");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"accepted\":true").contains("\"sum\":" + (before[0] + 4)).contains("\"count\":" + (before[1] + 1));
        assertThat(rating()).containsExactly(before[0] + 4, before[1] + 1);

        HttpResponse<String> replay = http.post(path + "/danh-gia", Map.of("stars", "5", "_csrf", HttpSession.csrf(page)), "application/json");
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.body()).contains("Bạn đã đánh giá bài viết này rồi");
        assertThat(rating()).containsExactly(before[0] + 4, before[1] + 1);
    }

    @Test
    void ratingWithoutJavaScriptRedirectsBackAndShowsTheNewTotal() throws Exception {
        String page = http.get(path).body();
        long[] before = rating();
        HttpResponse<String> r = http.post(path + "/danh-gia", Map.of("stars", "3", "_csrf", HttpSession.csrf(page)), "text/html");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(path);
        String after = http.get(location.replaceAll("#.*", "")).body();
        assertThat(after).contains("Tổng số điểm của bài viết là: " + (before[0] + 3) + " trong " + (before[1] + 1) + " đánh giá");
        assertThat(after).contains("Cảm ơn bạn đã đánh giá bài viết.");

        HttpResponse<String> again = http.post(path + "/danh-gia", Map.of("stars", "3", "_csrf", HttpSession.csrf(after)), "text/html");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn đã đánh giá bài viết này rồi");
    }

    @Test
    void malformedOrForgedVotesAreRefusedWith4xx() throws Exception {
        String page = http.get(path).body();
        String token = HttpSession.csrf(page);
        long[] before = rating();
        for (String bad : new String[] {"0", "6", "abc", "", "4.5", "-1", "99999999999999999999"}) {
            HttpResponse<String> r = http.post(path + "/danh-gia", Map.of("stars", bad, "_csrf", token), "application/json");
            assertThat(r.statusCode()).as("stars=%s", bad).isEqualTo(400);
            assertThat(r.body()).contains("Số điểm đánh giá phải là một số từ 1 đến 5.");
        }
        HttpResponse<String> noCsrf = http.post(path + "/danh-gia", Map.of("stars", "5"), "text/html");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        HttpResponse<String> noCookie = new HttpSession(port).post(path + "/danh-gia", Map.of("stars", "5", "_csrf", token), "text/html");
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(rating()).containsExactly(before);
    }

    @Test
    void oldOrMistypedSlugRedirectsPermanentlyToTheCanonicalUrl() throws Exception {
        for (String wrong : new String[] {"/tin-tuc/tieu-de-cu-" + id, "/tin-tuc/" + id, "/tin-tuc/" + slug.substring(0, 5) + "-" + id}) {
            HttpResponse<String> r = http.get(wrong);
            assertThat(r.statusCode()).as(wrong).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).hasValue(path);
        }
    }

    @Test
    void unknownIdsAndSlugsGetTheVietnamese404Page() throws Exception {
        for (String missing : new String[] {"/tin-tuc/khong-co-999999999", "/tin-tuc/abc", "/chuyen-muc/khong-co-chuyen-muc",
                "/the/khong-co", "/khong-co-trang-nay"}) {
            HttpResponse<String> r = http.get(missing);
            assertThat(r.statusCode()).as(missing).isIn(400, 404);
            assertThat(r.body()).as(missing).contains("class=\"site-header\"").containsAnyOf("Không tìm thấy trang", "Yêu cầu không hợp lệ");
        }
    }

    @Test
    void pathsTomcatRefusesGetAVietnameseMessage() throws Exception {
        HttpResponse<String> r = http.get("/tin-tuc/%00%ff-1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Tomcat", "Bad Request");
    }

    @Test
    void overLongPathsAndQueriesGet4xxNever5xx() throws Exception {
        assertThat(http.get("/tin-tuc/" + "a".repeat(5000) + "-1").statusCode()).isEqualTo(414);
        HttpResponse<String> longQuery = http.get(path + "?q=" + "x".repeat(6000));
        assertThat(longQuery.statusCode()).isEqualTo(414);
        assertThat(longQuery.body()).contains("quá dài");
        assertThat(http.get("/chuyen-muc/tin-tuc-su-kien/trang-abc").statusCode()).isEqualTo(400);
        assertThat(http.get("/chuyen-muc/tin-tuc-su-kien/trang-0").statusCode()).isEqualTo(400);
    }

    @Test
    void securityHeadersOnEveryResponse() throws Exception {
        for (String p : new String[] {"/", path, "/khong-co", "/rss.xml", "/static/css/site.css"}) {
            var headers = http.get(p).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(p).hasValueSatisfying(v ->
                    assertThat(v).contains("default-src 'self'", "frame-ancestors 'self'", "script-src 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(p).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(p).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void printViewShowsTheArticleWithoutTheSiteFrame() throws Exception {
        HttpResponse<String> r = http.get(path + "/in");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("In trang này", "class=\"article-body\"").doesNotContain("class=\"sidebar\"", "main-menu");
    }

    private long[] rating() {
        return jdbc.sql("SELECT rating_sum, rating_count FROM article WHERE id = ?").param(id)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static long firstLinkId(String html) {
        var m = java.util.regex.Pattern.compile("href=\"/tin-tuc/[a-z0-9-]*-(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }
}
