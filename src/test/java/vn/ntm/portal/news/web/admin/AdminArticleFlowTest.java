package vn.ntm.portal.news.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.news.HttpSession;
import vn.ntm.portal.news.editorial.ScheduledPublisher;

/**
 * The back office against the whole application over HTTP with real sign-in: a reporter writes and
 * submits, an editor approves and publishes, the article is on the public site, then expires and is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminArticleFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient author;
    AdminClient editor;
    String authorName;
    long category;

    @BeforeEach
    void signIn() throws Exception {
        category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        String a = TestUsers.create(users, encoder, "PHONG_VIEN");
        String e = TestUsers.create(users, encoder, "BIEN_TAP");
        grant(a, "true, false, false");
        grant(e, "true, true, true");
        authorName = jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(a).query(String.class).single();
        author = new AdminClient(port);
        editor = new AdminClient(port);
        assertThat(author.signIn(a, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(editor.signIn(e, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void writtenSubmittedApprovedPublishedVisibleThenExpiredAndGone() throws Exception {
        String title = "Xã Tân Phú đạt chuẩn nông thôn mới nâng cao " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(page(author, "/quan-tri/bai-viet/moi")).contains("Viết bài mới", "name=\"body\"", "quill.min.js", "Xin chào");

        HttpResponse<String> created = post(author, "/quan-tri/bai-viet/moi", form(title, "<p>Nội dung <b>chính</b></p><script>alert(1)</script><img src=x onerror=alert(2)>"));
        assertThat(created.statusCode()).isEqualTo(302);
        String editPath = AdminClient.location(created).replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
        String stored = jdbc.sql("SELECT body_html FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("<b>chính</b>").doesNotContain("script", "onerror", "alert");

        assertThat(page(author, editPath)).contains("Gửi duyệt").doesNotContain("/buoc/approve", "/buoc/publish");
        assertThat(post(author, editPath + "/buoc/submit", Map.of()).statusCode()).isEqualTo(302);
        assertThat(post(author, editPath + "/buoc/approve", Map.of()).statusCode()).isEqualTo(409);

        // the author still holds the edit lock: the editor is told who and since when, and may take over
        assertThat(page(editor, editPath)).containsPattern("Bài viết đang được " + authorName + " chỉnh sửa từ \\d{2}:\\d{2}")
                .contains("Tiếp quản quyền sửa", "/buoc/approve", "/buoc/return");
        HttpResponse<String> refused = post(editor, editPath, form(title, "<p>Sửa khi chưa giữ quyền</p>"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("không còn giữ quyền sửa", "Sửa khi chưa giữ quyền", "Tiếp quản và lưu nội dung trên");

        // the author's open editor keeps the lock; the editor's keep-alive is told who holds it
        HttpResponse<String> kept = post(author, editPath + "/giu-khoa", Map.of());
        assertThat(kept.body()).startsWith("{\"mine\":true");
        assertThat(post(editor, editPath + "/giu-khoa", Map.of()).body())
                .matches("\\{\"mine\":false,\"holder\":\"" + java.util.regex.Pattern.quote(authorName) + "\",\"since\":\"\\d{2}:\\d{2}\"}");

        assertThat(post(editor, editPath + "/buoc/approve", Map.of()).statusCode()).isEqualTo(302);
        assertThat(post(editor, editPath + "/buoc/publish", Map.of()).statusCode()).isEqualTo(302);

        HttpSession site = new HttpSession(port);
        String slug = jdbc.sql("SELECT slug FROM article WHERE id = ?").param(id).query(String.class).single();
        String publicPath = "/tin-tuc/" + slug + "-" + id;
        var publicPage = site.get(publicPath);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains(title, "Nội dung <b>chính</b>");

        // the editor takes over and sets an expiry a minute ago: the next scheduler round archives it
        assertThat(post(editor, editPath + "/tiep-quan", Map.of()).statusCode()).isEqualTo(302);
        Map<String, String> expiring = form(title, "<p>Nội dung <b>chính</b> đã sửa</p>");
        expiring.put("expiresAt", AdminTime.input(Instant.now().minusSeconds(60)));
        expiring.put("expiryAction", "ARCHIVE");
        assertThat(post(editor, editPath, expiring).statusCode()).isEqualTo(302);
        assertThat(site.get(publicPath).body()).as("an edit shows at once on this node").contains("đã sửa");
        publisher.runOnce();
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = ?").param(id).query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(site.get(publicPath).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'article' AND entity_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void historyShowsTheDifferenceAndRestoreMakesANewVersion() throws Exception {
        HttpResponse<String> created = post(author, "/quan-tri/bai-viet/moi", form("Bản đầu", "<p>Câu thứ nhất.</p>"));
        String editPath = AdminClient.location(created).replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        assertThat(post(author, editPath, form("Bản sau", "<p>Câu <i>thứ hai</i>.</p>")).statusCode()).isEqualTo(302);
        String history = page(author, editPath + "/lich-su");
        assertThat(history).contains("<del>đầu</del>", "<ins>sau</ins>", "<del>nhất</del><ins>hai</ins>", "Khôi phục phiên bản 1");
        assertThat(post(author, editPath + "/lich-su/1/khoi-phuc", Map.of()).statusCode()).isEqualTo(302);
        assertThat(page(author, editPath)).contains("value=\"Bản đầu\"");
        assertThat(page(author, editPath + "/lich-su")).contains("Khôi phục phiên bản 1</td>");
    }

    @Test
    void theListFiltersAndTheDashboardShowsTheDeskAndStrangersAreSentToSignIn() throws Exception {
        String word = "Từkhoá" + UUID.randomUUID().toString().substring(0, 6);
        String path = AdminClient.location(post(author, "/quan-tri/bai-viet/moi", form("Bài có " + word, "<p>x</p>")))
                .replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        assertThat(page(editor, "/quan-tri/bai-viet?tu-khoa=" + enc(word.toLowerCase()))).contains("Bài có " + word);
        assertThat(page(editor, "/quan-tri/bai-viet?trang-thai=PUBLISHED&tu-khoa=" + enc(word)))
                .doesNotContain("Bài có " + word).contains("Không có bài viết nào phù hợp.");
        long authorId = jdbc.sql("SELECT id FROM app_user WHERE display_name = ?").param(authorName).query(Long.class).single();
        assertThat(page(editor, "/quan-tri/bai-viet?tac-gia=" + authorId)).contains("Bài có " + word, ">" + authorName + " (");
        assertThat(page(author, "/quan-tri")).contains("Bài nháp của tôi", "Bài có " + word);
        post(author, path + "/buoc/submit", Map.of());
        assertThat(page(editor, "/quan-tri")).contains("Bài chờ tôi duyệt", "Bài có " + word);

        // a back-office user outside the news desk (a role another module added) does not see the screens
        jdbc.sql("INSERT INTO role (code, name) VALUES ('THU_NGHIEM_KHAC', 'Vai trò khác') ON CONFLICT DO NOTHING").update();
        AdminClient other = new AdminClient(port);
        assertThat(other.signIn(TestUsers.create(users, encoder, "THU_NGHIEM_KHAC"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(other.get("/quan-tri/bai-viet").statusCode()).isEqualTo(403);
        assertThat(other.get("/quan-tri/bai-viet/moi").statusCode()).isEqualTo(403);

        AdminClient stranger = new AdminClient(port);
        HttpResponse<String> list = stranger.get("/quan-tri/bai-viet");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(list)).contains("/dang-nhap");
    }

    private void grant(String username, String createApprovePublish) {
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create, can_approve, can_publish) "
                + "SELECT id, ?, " + createApprovePublish + " FROM app_user WHERE username = ?").params(category, username).update();
    }

    private Map<String, String> form(String title, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("lead", "Sa pô");
        f.put("body", body);
        f.put("categoryId", String.valueOf(category));
        f.put("authorName", "Hoàng Nam");
        return f;
    }

    private static String page(AdminClient client, String path) throws Exception {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> post(AdminClient client, String path, Map<String, String> form) throws Exception {
        return client.submit("/quan-tri/bai-viet/moi", path, form);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
