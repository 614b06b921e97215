package vn.ntm.portal.news.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/**
 * The authors / pen names screen against the whole application over HTTP with real sign-in: create linked to a
 * back-office user (whose new article then starts with that name), rename with and without updating the
 * articles, delete only unused, deactivate; duplicates and bad input are a 400 with nothing written; the editor
 * suggests the active names; reporters are refused, editors let in; all audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorAdminTest {

    private static final String PATH = "/quan-tri/tac-gia";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient admin;
    String key;
    final List<Long> articles = new ArrayList<>();

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        key = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        articles.forEach(id -> jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update());
        jdbc.sql("DELETE FROM news_author WHERE name_key LIKE ?").param("%" + key + "%").update();
    }

    @Test
    void demoAuthorsAreSeeded() throws Exception {
        long cited = jdbc.sql("SELECT count(*) FROM article WHERE author_name = 'Thu Hà'").query(Long.class).single();
        long id = jdbc.sql("SELECT id FROM news_author WHERE display_name = 'Thu Hà'").query(Long.class).single();
        assertThat(row(admin.get(PATH).body(), id)).contains(">Thu Hà</a>", "<td>" + cited + "</td>");
    }

    @Test
    void createLinkedToAUserRenameWithArticlesDeactivateAndDeleteWhenUnused() throws Exception {
        String reporterName = TestUsers.create(users, encoder, "PHONG_VIEN");
        long reporterId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(reporterName).query(Long.class).single();
        assertThat(admin.get(PATH + "/moi").body()).contains("<option value=\"" + reporterId + "\"");
        String name = "Bút danh " + key;
        HttpResponse<String> created = admin.submit(PATH + "/moi", PATH + "/moi", form(name, String.valueOf(reporterId), "Phóng viên", true, false));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(AuditRows.count(jdbc, "news_author", id, "author.created")).isEqualTo(1);

        // the linked user's new article starts with the pen name
        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(reporterName, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        String editor = reporter.get("/quan-tri/bai-viet/moi").body();
        assertThat(editor).contains("id=\"authorName\" name=\"authorName\" maxlength=\"120\" value=\"" + name + "\"",
                "list=\"known-authors\"", "<option value=\"" + name + "\">");

        long a1 = article(name);
        long a2 = article(name);
        long other = article("Người khác " + key);
        assertThat(row(admin.get(PATH).body(), id)).contains(name, "<td>2</td>", "Đang dùng", "Phóng viên");
        HttpResponse<String> refused = admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn bài viết ghi tên này");

        String renamed = "Bút danh mới " + key;
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(renamed, String.valueOf(reporterId), "", true, true)).statusCode())
                .isEqualTo(302);
        assertThat(authorName(a1)).isEqualTo(renamed);
        assertThat(authorName(a2)).isEqualTo(renamed);
        assertThat(authorName(other)).isEqualTo("Người khác " + key);
        assertThat(jdbc.sql("SELECT (after ->> 'articlesRenamed')::int FROM audit_log WHERE entity_type = 'news_author' AND entity_id = ? AND action = 'author.updated'")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);

        // without the box the articles keep their name; deactivated, it is no longer suggested nor a default
        String third = "Bút danh ba " + key;
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(third, String.valueOf(reporterId), "", false, false)).statusCode())
                .isEqualTo(302);
        assertThat(authorName(a1)).isEqualTo(renamed);
        assertThat(row(admin.get(PATH).body(), id)).contains(third, "<td>0</td>", "Ngừng dùng");
        assertThat(reporter.get("/quan-tri/bai-viet/moi").body()).doesNotContain(third);

        assertThat(admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM news_author WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(AuditRows.count(jdbc, "news_author", id, "author.deleted")).isEqualTo(1);
    }

    @Test
    void duplicatesAndBadInputAreRefusedWithNothingWritten() throws Exception {
        admin.submit(PATH + "/moi", PATH + "/moi", form("Hồng Đào " + key, "", "", true, false));
        long rows = jdbc.sql("SELECT count(*) FROM news_author").query(Long.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'news_author'").query(Long.class).single();
        HttpResponse<String> same = admin.submit(PATH + "/moi", PATH + "/moi", form("HONG dao " + key.toUpperCase(), "", "", true, false));
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("Đã có tác giả, bút danh trùng tên");
        HttpResponse<String> bad = admin.submit(PATH + "/moi", PATH + "/moi", form(" ", "987654321", "x".repeat(600), true, false));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tên tác giả, bút danh không được để trống", "Người dùng liên kết phải là",
                "Ghi chú dài tối đa 500 ký tự.");
        assertThat(admin.submit(PATH + "/moi", PATH + "/moi", form("Ai " + key, "abc", "", true, false)).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM news_author").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'news_author'").query(Long.class).single()).isEqualTo(audits);
    }

    @Test
    void reportersAreRefusedAndEditorsLetIn() throws Exception {
        long id = AdminClient.idFrom(admin.submit(PATH + "/moi", PATH + "/moi", form("Giữ nguyên " + key, "", "", true, false)));
        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(reporter.get(PATH).statusCode()).isEqualTo(403);
        String token = AdminClient.csrf(reporter.get("/quan-tri/tai-khoan").body());
        Map<String, String> f = new LinkedHashMap<>(form("Đổi " + key, "", "", true, true));
        f.put("_csrf", token);
        assertThat(reporter.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
        assertThat(reporter.post(PATH + "/" + id, f).statusCode()).isEqualTo(403);
        assertThat(reporter.post(PATH + "/" + id + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT display_name FROM news_author WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Giữ nguyên " + key);
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(editor.get(PATH).statusCode()).isEqualTo(200);
        assertThat(editor.get("/quan-tri").body()).contains("href=\"" + PATH + "\"");
    }

    private long article(String authorName) {
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        long id = jdbc.sql("INSERT INTO article (slug, title, main_category_id, author_name) VALUES ('bai-tac-gia', 'Bài có tác giả', ?, ?) RETURNING id")
                .params(category, authorName).query(Long.class).single();
        articles.add(id);
        return id;
    }

    private String authorName(long article) {
        return jdbc.sql("SELECT author_name FROM article WHERE id = ?").param(article).query(String.class).single();
    }

    private static String row(String page, long id) {
        int start = page.indexOf("data-author=\"" + id + "\"");
        assertThat(start).as("the list has author " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static Map<String, String> form(String name, String userId, String note, boolean active, boolean renameArticles) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("displayName", name);
        f.put("userId", userId);
        f.put("note", note);
        if (active) {
            f.put("active", "on");
        }
        if (renameArticles) {
            f.put("renameArticles", "on");
        }
        return f;
    }
}
