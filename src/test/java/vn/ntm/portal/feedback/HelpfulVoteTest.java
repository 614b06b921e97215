package vn.ntm.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.accounts.AdminClient;

/** "Thông tin này có hữu ích không?" on articles and documents: one vote per visitor, refusals in Vietnamese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpfulVoteTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long articleId;
    private long documentId;

    @AfterEach
    void removeVotes() {
        jdbc.sql("DELETE FROM helpful_vote WHERE (target_type = 'bai-viet' AND target_id = ?) OR (target_type = 'van-ban' AND target_id = ?)")
                .params(articleId, documentId).update();
    }

    @Test
    void aReaderCallsAnArticleHelpfulOnceAndIsThanked() throws Exception {
        articleId = jdbc.sql("SELECT id FROM article WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET 7")
                .query(Long.class).single();
        String path = jdbc.sql("SELECT '/tin-tuc/' || slug || '-' || id FROM article WHERE id = ?").param(articleId).query(String.class).single();
        AdminClient reader = new AdminClient(port);
        String page = reader.get(path).body();
        String action = "/huu-ich/bai-viet/" + articleId;
        assertThat(page).contains("Thông tin này có hữu ích không?", "action=\"" + action + "\"");
        String token = AdminClient.csrf(page.substring(page.indexOf("action=\"" + action + "\"")));

        HttpResponse<String> counted = reader.post(action, Map.of("_csrf", token, "value", "co"));
        assertThat(counted.statusCode()).isEqualTo(303);
        assertThat(AdminClient.location(counted)).endsWith(path + "?huu-ich=cam-on#huu-ich");
        assertThat(votes("bai-viet", articleId, true)).isEqualTo(1);
        assertThat(reader.get(path + "?huu-ich=cam-on").body()).contains("Cảm ơn bạn đã cho ý kiến.");

        HttpResponse<String> again = reader.post(action, Map.of("_csrf", token, "value", "khong"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn đã cho ý kiến về nội dung này rồi.", "href=\"" + path + "\"");
        assertThat(votes("bai-viet", articleId, true) + votes("bai-viet", articleId, false)).isEqualTo(1);

        // the cached article page carries a working token too (the second reader gets the fast path)
        AdminClient second = new AdminClient(port);
        second.get(path);
        String cached = second.get(path).body();
        String secondToken = AdminClient.csrf(cached.substring(cached.indexOf("action=\"" + action + "\"")));
        assertThat(second.post(action, Map.of("_csrf", secondToken, "value", "khong")).statusCode()).isEqualTo(303);
        assertThat(votes("bai-viet", articleId, false)).isEqualTo(1);
    }

    @Test
    void aDocumentShowsItsCountsAndBadVotesAreRefusedWithNothingStored() throws Exception {
        documentId = jdbc.sql("SELECT id FROM legal_document WHERE published ORDER BY issued_on DESC, id DESC LIMIT 1 OFFSET 3")
                .query(Long.class).single();
        String path = jdbc.sql("SELECT '/van-ban/' || slug || '-' || id FROM legal_document WHERE id = ?").param(documentId)
                .query(String.class).single();
        AdminClient reader = new AdminClient(port);
        String page = reader.get(path).body();
        String action = "/huu-ich/van-ban/" + documentId;
        assertThat(page).contains("Thông tin này có hữu ích không?", "action=\"" + action + "\"").doesNotContain("data-helpful-counts");
        String token = AdminClient.csrf(page.substring(page.indexOf("action=\"" + action + "\"")));

        assertThat(reader.post(action, Map.of("value", "co")).statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> noChoice = reader.post(action, Map.of("_csrf", token, "value", "rat-tot"));
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(noChoice.body()).contains("Vui lòng chọn &#34;Có&#34; hoặc &#34;Không&#34;.");
        HttpResponse<String> missing = reader.post("/huu-ich/van-ban/987654321", Map.of("_csrf", token, "value", "co"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy nội dung bạn muốn đánh giá.");
        assertThat(reader.post("/huu-ich/khong-co-loai-nay/" + documentId, Map.of("_csrf", token, "value", "co")).statusCode())
                .isEqualTo(404);
        assertThat(votes("van-ban", documentId, true) + votes("van-ban", documentId, false)).isZero();

        assertThat(reader.post(action, Map.of("_csrf", token, "value", "khong")).statusCode()).isEqualTo(303);
        assertThat(reader.get(path + "?huu-ich=cam-on").body())
                .contains("0 người thấy hữu ích, 1 người thấy chưa hữu ích.", "Cảm ơn bạn đã cho ý kiến.");
    }

    @Test
    void aCrawlersVoteIsNotCounted() throws Exception {
        documentId = jdbc.sql("SELECT id FROM legal_document WHERE published ORDER BY id LIMIT 1").query(Long.class).single();
        String path = jdbc.sql("SELECT '/van-ban/' || slug || '-' || id FROM legal_document WHERE id = ?").param(documentId)
                .query(String.class).single();
        String action = "/huu-ich/van-ban/" + documentId;
        HttpClient crawler = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = crawler.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = AdminClient.csrf(page.substring(page.indexOf("action=\"" + action + "\"")));
        HttpResponse<String> r = crawler.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&value=co"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Lượt đánh giá từ chương trình tự động không được tính.");
        assertThat(votes("van-ban", documentId, true)).isZero();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", "10.77.0.1")
                .header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    }

    private long votes(String type, long id, boolean helpful) {
        return jdbc.sql("SELECT count(*) FROM helpful_vote WHERE target_type = ? AND target_id = ? AND helpful = ?")
                .params(type, id, helpful).query(Long.class).single();
    }
}
