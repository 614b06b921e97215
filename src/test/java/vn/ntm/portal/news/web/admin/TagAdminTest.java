package vn.ntm.portal.news.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
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
 * The tag screen against the whole application over HTTP with real sign-in: rename (the public tag page
 * moves), merge (articles keep one tag each), delete only unused; bad input is a 4xx with the Vietnamese
 * reason and nothing changed; editors are refused; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TagAdminTest {

    private static final String PATH = "/quan-tri/the";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient admin;
    final List<Long> articles = new ArrayList<>();

    @AfterEach
    void removeTestArticles() {
        articles.forEach(id -> jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update());
    }
    String key;

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        key = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void renameMovesThePublicTagPage() throws Exception {
        long tag = tag("Thử đổi tên " + key);
        article(tag);
        assertThat(admin.get(PATH + "?q=" + key).body()).contains("Thử đổi tên " + key);
        HttpResponse<String> renamed = admin.submit(PATH, PATH + "/" + tag + "/doi-ten", Map.of("name", "Đường làng sạch " + key));
        assertThat(renamed.statusCode()).isEqualTo(302);
        String slug = "duong-lang-sach-" + key;
        assertThat(jdbc.sql("SELECT slug FROM tag WHERE id = ?").param(tag).query(String.class).single()).isEqualTo(slug);
        AdminClient visitor = new AdminClient(port);
        HttpResponse<String> page = visitor.get("/the/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Từ khóa: Đường làng sạch " + key);
        assertThat(visitor.get("/the/thu-doi-ten-" + key).statusCode()).isEqualTo(404);
        assertThat(audits(tag, "tag.renamed")).isEqualTo(1);

        long other = tag("Khác " + key);
        long before = audits(tag, "tag.renamed");
        HttpResponse<String> clash = admin.submit(PATH, PATH + "/" + other + "/doi-ten", Map.of("name", "Đường làng sạch " + key));
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(clash.body()).contains("Đã có từ khóa khác cùng tên");
        HttpResponse<String> blank = admin.submit(PATH, PATH + "/" + other + "/doi-ten", Map.of("name", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Tên từ khóa không được để trống");
        assertThat(jdbc.sql("SELECT name FROM tag WHERE id = ?").param(other).query(String.class).single()).isEqualTo("Khác " + key);
        assertThat(audits(tag, "tag.renamed")).isEqualTo(before);
    }

    @Test
    void mergeMovesArticlesAndRemovesTheSourceTag() throws Exception {
        long from = tag("Gộp nguồn " + key);
        long into = tag("Gộp đích " + key);
        long both = article(from);
        jdbc.sql("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)").param(both).param(into).update();
        long only = article(from);

        HttpResponse<String> self = admin.submit(PATH, PATH + "/gop", Map.of("from", String.valueOf(from), "into", String.valueOf(from)));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("Không thể gộp một từ khóa vào chính nó.");
        assertThat(admin.submit(PATH, PATH + "/gop", Map.of("from", "abc", "into", String.valueOf(into))).statusCode()).isEqualTo(400);
        assertThat(tagCount(from)).isEqualTo(2);

        assertThat(admin.submit(PATH, PATH + "/gop", Map.of("from", String.valueOf(from), "into", String.valueOf(into))).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM tag WHERE id = ?").param(from).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT article_id FROM article_tag WHERE tag_id = ? ORDER BY article_id").param(into).query(Long.class).list())
                .containsExactly(both, only);
        assertThat(audits(into, "tag.merged")).isEqualTo(1);
        assertThat(new AdminClient(port).get("/the/gop-nguon-" + key).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyUnusedTagsAreDeleted() throws Exception {
        long used = tag("Đang dùng " + key);
        article(used);
        HttpResponse<String> refused = admin.submit(PATH, PATH + "/" + used + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn bài viết gắn từ khóa này");
        assertThat(jdbc.sql("SELECT count(*) FROM tag WHERE id = ?").param(used).query(Long.class).single()).isEqualTo(1);

        long unused = tag("Không dùng " + key);
        assertThat(admin.submit(PATH, PATH + "/" + unused + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM tag WHERE id = ?").param(unused).query(Long.class).single()).isZero();
        assertThat(audits(unused, "tag.deleted")).isEqualTo(1);
    }

    @Test
    void editorsAndReportersAreRefused() throws Exception {
        long tag = tag("Không được sửa " + key);
        for (String role : List.of("BIEN_TAP", "PHONG_VIEN")) {
            AdminClient user = new AdminClient(port);
            assertThat(user.signIn(TestUsers.create(users, encoder, role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(user.get(PATH).statusCode()).isEqualTo(403);
            String token = AdminClient.csrf(user.get("/quan-tri/tai-khoan").body());
            assertThat(user.post(PATH + "/" + tag + "/doi-ten", Map.of("_csrf", token, "name", "Đổi")).statusCode()).isEqualTo(403);
            assertThat(user.post(PATH + "/" + tag + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT name FROM tag WHERE id = ?").param(tag).query(String.class).single()).isEqualTo("Không được sửa " + key);
    }

    private long tag(String name) {
        return jdbc.sql("INSERT INTO tag (slug, name) VALUES (?, ?) RETURNING id")
                .param(vn.ntm.portal.shared.VietnameseText.slug(name)).param(name).query(Long.class).single();
    }

    private long article(long tag) {
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        long id = jdbc.sql("INSERT INTO article (slug, title, main_category_id) VALUES ('bai-the', 'Bài có thẻ', ?) RETURNING id")
                .param(category).query(Long.class).single();
        articles.add(id);
        jdbc.sql("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)").param(id).param(tag).update();
        return id;
    }

    private long tagCount(long tag) {
        return jdbc.sql("SELECT count(*) FROM article_tag WHERE tag_id = ?").param(tag).query(Long.class).single();
    }

    private long audits(long id, String action) {
        return AuditRows.count(jdbc, "tag", id, action);
    }
}
