package vn.ntm.portal.news.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
import vn.ntm.portal.shared.VietnameseText;

/**
 * The category screens against the whole application over HTTP with real sign-in: an administrator
 * creates, edits and deletes categories and the public site follows; cycles, duplicate slugs and bad
 * numbers are a 400 with nothing stored; a category in use cannot be deleted; editors only look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CategoryAdminTest {

    private static final String PATH = "/quan-tri/chuyen-muc";

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

    /** Leaves no test category behind: other tests pick the first category in display order. */
    @AfterEach
    void removeTestData() {
        articles.forEach(id -> jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update());
        jdbc.sql("DELETE FROM category WHERE position >= 9000 AND parent_id IS NOT NULL").update();
        jdbc.sql("DELETE FROM category WHERE position >= 9000").update();
    }

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void adminCreatesACategoryWithAnAutomaticSlugAndThePublicSiteShowsIt() throws Exception {
        String name = "Đồng khởi số " + suffix();
        HttpResponse<String> created = admin.submit(PATH + "/moi", PATH + "/moi",
                form(name, "", "", "9003", true, true));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        String slug = VietnameseText.slug(name);
        assertThat(slug).startsWith("dong-khoi-so-");
        assertThat(jdbc.sql("SELECT slug FROM category WHERE id = ?").param(id).query(String.class).single()).isEqualTo(slug);
        assertThat(audits(id, "category.created")).isEqualTo(1);

        HttpResponse<String> page = new AdminClient(port).get("/chuyen-muc/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name);
        new AdminClient(port).eventually("/", body -> body.contains("href=\"/chuyen-muc/" + slug + "\""));
        assertThat(admin.get(PATH).body()).contains(name, "/chuyen-muc/" + slug);

        // renamed with an own slug, taken off the menu
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(name + " mới", "dong-khoi-" + suffix(), "", "9004", false, false))
                .statusCode()).isEqualTo(302);
        assertThat(audits(id, "category.updated")).isEqualTo(1);
        new AdminClient(port).eventually("/", body -> !body.contains("href=\"/chuyen-muc/" + slug + "\""));

        // unused: deleted, audited, gone from the public site
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM category WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(audits(id, "category.deleted")).isEqualTo(1);
    }

    @Test
    void cyclesDuplicateSlugsAndBadNumbersAreRefusedAndNothingStored() throws Exception {
        long parent = create("Cha " + suffix(), "");
        long child = create("Con " + suffix(), String.valueOf(parent));
        long count = categories();

        HttpResponse<String> self = admin.submit(PATH + "/" + parent, PATH + "/" + parent,
                form("Cha", "", String.valueOf(parent), "9000", false, false));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("Không thể chọn chính chuyên mục này hoặc một chuyên mục con của nó làm chuyên mục cha.");
        HttpResponse<String> cycle = admin.submit(PATH + "/" + parent, PATH + "/" + parent,
                form("Cha", "", String.valueOf(child), "9000", false, false));
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("làm chuyên mục cha");
        assertThat(jdbc.sql("SELECT parent_id FROM category WHERE id = ?").param(parent).query(Long.class).optional()).isEmpty();

        String taken = jdbc.sql("SELECT slug FROM category WHERE id = ?").param(child).query(String.class).single();
        HttpResponse<String> duplicate = admin.submit(PATH + "/moi", PATH + "/moi", form("Khác " + suffix(), taken, "", "9000", false, false));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("Đường dẫn (slug) đã được dùng cho chuyên mục khác.");

        HttpResponse<String> bad = admin.submit(PATH + "/moi", PATH + "/moi", form("", "Có Dấu", "999999", "nhiều", false, false));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tên chuyên mục không được để trống", "chỉ gồm chữ thường không dấu",
                "Thứ tự phải là số nguyên", "Chuyên mục cha không tồn tại.");
        assertThat(categories()).isEqualTo(count);
    }

    @Test
    void aCategoryInUseOrWithChildrenIsNotDeleted() throws Exception {
        long used = create("Đang dùng " + suffix(), "");
        articles.add(jdbc.sql("INSERT INTO article (slug, title, main_category_id) VALUES ('bai-thu', 'Bài thử', ?) RETURNING id")
                .param(used).query(Long.class).single());
        HttpResponse<String> refused = admin.submit(PATH + "/" + used, PATH + "/" + used + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn 1 bài viết thuộc chuyên mục này");
        assertThat(jdbc.sql("SELECT count(*) FROM category WHERE id = ?").param(used).query(Long.class).single()).isEqualTo(1);

        long parent = create("Có con " + suffix(), "");
        create("Con của nó " + suffix(), String.valueOf(parent));
        HttpResponse<String> withChild = admin.submit(PATH + "/" + parent, PATH + "/" + parent + "/xoa", Map.of());
        assertThat(withChild.statusCode()).isEqualTo(409);
        assertThat(withChild.body()).contains("vì còn 1 chuyên mục con");
        assertThat(audits(used, "category.deleted") + audits(parent, "category.deleted")).isZero();
    }

    @Test
    void editorsSeeTheTreeButMayNotChangeItAndReportersAreRefused() throws Exception {
        long id = create("Biên tập xem " + suffix(), "");
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> list = editor.get(PATH);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Biên tập xem").doesNotContain("href=\"" + PATH + "/moi\"", "href=\"" + PATH + "/" + id + "\"");
        assertThat(editor.get(PATH + "/moi").statusCode()).isEqualTo(403);
        assertThat(editor.get(PATH + "/" + id).statusCode()).isEqualTo(403);
        String token = AdminClient.csrf(list.body());
        Map<String, String> f = new LinkedHashMap<>(form("Đổi tên", "", "", "9000", false, false));
        f.put("_csrf", token);
        assertThat(editor.post(PATH + "/" + id, f).statusCode()).isEqualTo(403);
        assertThat(editor.post(PATH + "/" + id + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(editor.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM category WHERE id = ?").param(id).query(String.class).single()).startsWith("Biên tập xem");

        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(reporter.get(PATH).statusCode()).isEqualTo(403);
    }

    private long create(String name, String parent) throws Exception {
        HttpResponse<String> r = admin.submit(PATH + "/moi", PATH + "/moi", form(name, "", parent, "9000", false, false));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return AdminClient.idFrom(r);
    }

    private static Map<String, String> form(String name, String slug, String parent, String position, boolean menu, boolean home) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("slug", slug);
        f.put("parent", parent);
        f.put("description", "Mô tả chuyên mục");
        f.put("position", position);
        if (menu) {
            f.put("inMenu", "on");
        }
        if (home) {
            f.put("showOnHome", "on");
        }
        return f;
    }


    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private long categories() {
        return jdbc.sql("SELECT count(*) FROM category").query(Long.class).single();
    }

    private long audits(long id, String action) {
        return AuditRows.count(jdbc, "category", id, action);
    }

}
