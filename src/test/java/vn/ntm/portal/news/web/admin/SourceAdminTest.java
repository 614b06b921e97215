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
 * The sources screen against the whole application over HTTP with real sign-in: create, edit, rename with and
 * without updating the articles citing the old name, delete only unused, deactivate; duplicates (case and
 * diacritics aside) and bad addresses are a 400 with nothing written; the article editor suggests the active
 * sources and fills a known source's address on save; reporters are refused, editors let in; all audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceAdminTest {

    private static final String PATH = "/quan-tri/nguon-tin";

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
        jdbc.sql("DELETE FROM news_source WHERE name_key LIKE ?").param("%" + key + "%").update();
    }

    @Test
    void demoSourcesAreSeededWithTheirArticleCounts() throws Exception {
        assertThat(jdbc.sql("SELECT url FROM news_source WHERE name = 'Báo Nhân Dân'").query(String.class).single())
                .isEqualTo("https://nhandan.vn/");
        long cited = jdbc.sql("SELECT count(*) FROM article WHERE source_name = 'Báo Nhân Dân'").query(Long.class).single();
        long id = jdbc.sql("SELECT id FROM news_source WHERE name = 'Báo Nhân Dân'").query(Long.class).single();
        assertThat(row(admin.get(PATH).body(), id)).contains(">Báo Nhân Dân</a>", "<td>" + cited + "</td>");
    }

    @Test
    void createRenameWithArticlesDeactivateAndDeleteWhenUnused() throws Exception {
        String name = "Báo Thử " + key;
        HttpResponse<String> created = admin.submit(PATH + "/moi", PATH + "/moi", form(name, "https://baothu.example/", true, "5", false));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(AuditRows.count(jdbc, "news_source", id, "source.created")).isEqualTo(1);
        long a1 = article(name, "");
        long a2 = article(name, "https://baothu.example/bai-1");
        long other = article("Nguồn khác " + key, "");
        assertThat(row(admin.get(PATH).body(), id)).contains(name, "https://baothu.example/", "<td>2</td>", "Đang dùng");

        // used: not deleted
        HttpResponse<String> refused = admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn bài viết ghi nguồn này");
        assertThat(sources(id)).isEqualTo(1);

        // rename, updating the articles in the same save
        String renamed = "Báo Thử Mới " + key;
        assertThat(admin.get(PATH + "/" + id).body()).contains("name=\"renameArticles\"", "cập nhật cả\n        2 bài viết");
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(renamed, "https://baothu.example/", true, "5", true)).statusCode())
                .isEqualTo(302);
        assertThat(sourceName(a1)).isEqualTo(renamed);
        assertThat(sourceName(a2)).isEqualTo(renamed);
        assertThat(sourceName(other)).isEqualTo("Nguồn khác " + key);
        assertThat(jdbc.sql("SELECT (after ->> 'articlesRenamed')::int FROM audit_log WHERE entity_type = 'news_source' AND entity_id = ? AND action = 'source.updated'")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);

        // rename without the box: the articles keep the name they have; deactivate at the same time
        String third = "Báo Thử Ba " + key;
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(third, "", false, "5", false)).statusCode()).isEqualTo(302);
        assertThat(sourceName(a1)).isEqualTo(renamed);
        assertThat(AuditRows.count(jdbc, "news_source", id, "source.updated")).isEqualTo(2);
        assertThat(row(admin.get(PATH).body(), id)).contains(third, "<td>0</td>", "Ngừng dùng");
        assertThat(admin.get("/quan-tri/bai-viet/moi").body()).as("an inactive source is not suggested").doesNotContain(third);

        assertThat(admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(sources(id)).isZero();
        assertThat(AuditRows.count(jdbc, "news_source", id, "source.deleted")).isEqualTo(1);
    }

    @Test
    void duplicatesAndBadInputAreRefusedWithNothingWritten() throws Exception {
        String name = "Đài Phát Thanh " + key;
        long id = AdminClient.idFrom(admin.submit(PATH + "/moi", PATH + "/moi", form(name, "", true, "0", false)));
        long rows = jdbc.sql("SELECT count(*) FROM news_source").query(Long.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'news_source'").query(Long.class).single();

        HttpResponse<String> same = admin.submit(PATH + "/moi", PATH + "/moi", form("dai  phat THANH " + key.toUpperCase(), "", true, "0", false));
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("Đã có nguồn tin trùng tên");
        for (String bad : List.of("http://khong-an-toan.example", "javascript:alert(1)", "https://", "//a.example")) {
            HttpResponse<String> refused = admin.submit(PATH + "/moi", PATH + "/moi", form("Nguồn " + key, bad, true, "0", false));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("Địa chỉ nguồn tin phải để trống hoặc là một URL https:// hợp lệ");
        }
        HttpResponse<String> blank = admin.submit(PATH + "/moi", PATH + "/moi", form("  ", "", true, "mười", false));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Tên nguồn tin không được để trống", "Thứ tự phải là số nguyên");

        // an edit into another source's name changes nothing, the articles included
        long otherId = AdminClient.idFrom(admin.submit(PATH + "/moi", PATH + "/moi", form("Khác " + key, "", true, "0", false)));
        long cites = article("Khác " + key, "");
        HttpResponse<String> clash = admin.submit(PATH + "/" + otherId, PATH + "/" + otherId, form("ĐÀI PHÁT THANH " + key, "", true, "0", true));
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(sourceName(cites)).isEqualTo("Khác " + key);
        assertThat(jdbc.sql("SELECT name FROM news_source WHERE id = ?").param(otherId).query(String.class).single()).isEqualTo("Khác " + key);
        assertThat(jdbc.sql("SELECT count(*) FROM news_source").query(Long.class).single()).isEqualTo(rows + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'news_source'").query(Long.class).single())
                .isEqualTo(audits + 1);
        assertThat(id).isPositive();
    }

    @Test
    void theEditorSuggestsActiveSourcesAndFillsAKnownSourcesAddressOnSave() throws Exception {
        String name = "Báo Gợi Ý " + key;
        admin.submit(PATH + "/moi", PATH + "/moi", form(name, "https://goi-y.example/", true, "0", false));
        String editor = admin.get("/quan-tri/bai-viet/moi").body();
        assertThat(editor).contains("list=\"known-sources\"", "<option value=\"" + name + "\" data-url=\"https://goi-y.example/\">",
                "<label for=\"sourceName\">", "<label for=\"sourceUrl\">");

        // without JavaScript: a known name with no address takes the source's address
        HttpResponse<String> created = admin.submit("/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi", articleForm("Bài có nguồn " + key, name, ""));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        articles.add(id);
        assertThat(jdbc.sql("SELECT source_name || ' ' || source_url FROM article WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " https://goi-y.example/");
        // a typed address is kept; an unsafe one is refused
        long typed = AdminClient.idFrom(admin.submit("/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi",
                articleForm("Bài có địa chỉ " + key, name, "https://goi-y.example/bai-9")));
        articles.add(typed);
        assertThat(jdbc.sql("SELECT source_url FROM article WHERE id = ?").param(typed).query(String.class).single())
                .isEqualTo("https://goi-y.example/bai-9");
        long before = jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
        HttpResponse<String> unsafe = admin.submit("/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi",
                articleForm("Bài xấu " + key, name, "javascript:alert(1)"));
        assertThat(unsafe.statusCode()).isEqualTo(422);
        assertThat(unsafe.body()).contains("Địa chỉ nguồn tin phải là một URL");
        assertThat(jdbc.sql("SELECT count(*) FROM article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void reportersAreRefusedAndEditorsLetIn() throws Exception {
        long id = AdminClient.idFrom(admin.submit(PATH + "/moi", PATH + "/moi", form("Giữ nguyên " + key, "", true, "0", false)));
        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(reporter.get(PATH).statusCode()).isEqualTo(403);
        String token = AdminClient.csrf(reporter.get("/quan-tri/tai-khoan").body());
        Map<String, String> f = new LinkedHashMap<>(form("Đổi " + key, "", true, "0", true));
        f.put("_csrf", token);
        assertThat(reporter.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
        assertThat(reporter.post(PATH + "/" + id, f).statusCode()).isEqualTo(403);
        assertThat(reporter.post(PATH + "/" + id + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM news_source WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Giữ nguyên " + key);

        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(editor.get(PATH).statusCode()).isEqualTo(200);
        assertThat(editor.get("/quan-tri").body()).contains("href=\"" + PATH + "\"");
    }

    private long article(String sourceName, String sourceUrl) {
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        long id = jdbc.sql("INSERT INTO article (slug, title, main_category_id, source_name, source_url) VALUES ('bai-nguon', 'Bài có nguồn', ?, ?, ?) RETURNING id")
                .params(category, sourceName, sourceUrl).query(Long.class).single();
        articles.add(id);
        return id;
    }

    private String sourceName(long article) {
        return jdbc.sql("SELECT source_name FROM article WHERE id = ?").param(article).query(String.class).single();
    }

    private long sources(long id) {
        return jdbc.sql("SELECT count(*) FROM news_source WHERE id = ?").param(id).query(Long.class).single();
    }

    /** The list row of one source. */
    static String row(String page, long id) {
        int start = page.indexOf("data-source=\"" + id + "\"");
        assertThat(start).as("the list has source " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private Map<String, String> articleForm(String title, String sourceName, String sourceUrl) {
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("lead", "");
        f.put("body", "<p>Nội dung</p>");
        f.put("categoryId", String.valueOf(category));
        f.put("authorName", "");
        f.put("sourceName", sourceName);
        f.put("sourceUrl", sourceUrl);
        f.put("expiresAt", "");
        f.put("expiryAction", "ARCHIVE");
        return f;
    }

    private static Map<String, String> form(String name, String url, boolean active, String position, boolean renameArticles) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("url", url);
        f.put("position", position);
        if (active) {
            f.put("active", "on");
        }
        if (renameArticles) {
            f.put("renameArticles", "on");
        }
        return f;
    }
}
