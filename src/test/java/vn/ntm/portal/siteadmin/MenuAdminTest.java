package vn.ntm.portal.siteadmin;

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
import vn.ntm.portal.web.MenuItem;
import vn.ntm.portal.web.SiteMenu;

/**
 * The main-menu screen against the whole application over HTTP with real sign-in: hand-made entries are
 * added, edited, moved and deleted, the public home page's menu follows at once (on this node, no waiting),
 * hidden entries and unsafe addresses never reach it, bad input is a 400 with nothing written, and only
 * administrators get in. Every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MenuAdminTest {

    private static final String PATH = "/quan-tri/trinh-don";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SiteMenu siteMenu;

    AdminClient admin;
    String key;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        key = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeCreatedEntries() {
        jdbc.sql("DELETE FROM site_menu_item WHERE parent_id IN (:ids)").param("ids", created.isEmpty() ? List.of(-1L) : created).update();
        created.forEach(id -> jdbc.sql("DELETE FROM site_menu_item WHERE id = ?").param(id).update());
        siteMenu.changed();
    }

    @Test
    void handMadeEntriesReachThePublicMenuAtOnceAndLeaveItWhenHiddenOrDeleted() throws Exception {
        String href = "/van-ban?tu-khoa=" + key;
        HttpResponse<String> added = admin.submit(PATH + "/moi", PATH + "/moi", form("Văn bản " + key, href, "", "5", true, false));
        assertThat(added.statusCode()).isEqualTo(302);
        long id = created(added);
        assertThat(AuditRows.count(jdbc, "site_menu_item", id, "menu.created")).isEqualTo(1);
        String home = new AdminClient(port).get("/").body();
        assertThat(menuOf(home)).as("the home page's menu shows the entry at once")
                .contains("<a href=\"/van-ban?tu-khoa=" + key + "\">Văn bản " + key + "</a>");

        // an external entry opening in a new tab, and a child of the first one
        String external = "https://dichvucong.gov.vn/" + key;
        long ext = created(admin.submit(PATH + "/moi", PATH + "/moi", form("Dịch vụ công " + key, external, "", "6", true, true)));
        long child = created(admin.submit(PATH + "/moi", PATH + "/moi",
                form("Con " + key, "/lien-he-" + key, String.valueOf(id), "1", true, false)));
        home = new AdminClient(port).get("/").body();
        assertThat(menuOf(home)).contains("<a href=\"" + external + "\" target=\"_blank\" rel=\"noopener\">Dịch vụ công " + key + "</a>")
                .contains("<ul class=\"sub-menu\">", "<a href=\"/lien-he-" + key + "\">Con " + key + "</a>");
        assertThat(menuOf(home).indexOf("Văn bản " + key)).as("position 5 comes before position 6")
                .isLessThan(menuOf(home).indexOf("Dịch vụ công " + key));

        // the screen shows the whole menu: categories (from the categories screen) and ours
        String screen = admin.get(PATH).body();
        String firstCategory = siteMenu.contributed().get(0).label();
        assertThat(screen).contains("Văn bản " + key, "Dịch vụ công " + key, "Con " + key, firstCategory, "Từ chuyên mục",
                "href=\"/quan-tri/chuyen-muc\"");

        // hidden: gone from the public menu at once, still on the screen
        HttpResponse<String> hidden = admin.submit(PATH + "/" + ext, PATH + "/" + ext, form("Dịch vụ công " + key, external, "", "6", false, true));
        assertThat(hidden.statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "site_menu_item", ext, "menu.updated")).isEqualTo(1);
        assertThat(menuOf(new AdminClient(port).get("/").body())).doesNotContain(external).contains("Văn bản " + key);
        assertThat(admin.get(PATH).body()).contains("Dịch vụ công " + key, "Đang ẩn");

        // a parent with a child is not deleted; the child, then the parent, are
        HttpResponse<String> refused = admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn mục con");
        assertThat(admin.submit(PATH, PATH + "/" + child + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(PATH, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM site_menu_item WHERE id IN (?, ?)").params(id, child).query(Long.class).single()).isZero();
        assertThat(AuditRows.count(jdbc, "site_menu_item", id, "menu.deleted")).isEqualTo(1);
        assertThat(menuOf(new AdminClient(port).get("/").body())).doesNotContain("Văn bản " + key);
    }

    @Test
    void moveUpAndDownReordersAmongCategoriesAndOtherEntries() throws Exception {
        long a = created(admin.submit(PATH + "/moi", PATH + "/moi", form("A " + key, "/a-" + key, "", "0", true, false)));
        long b = created(admin.submit(PATH + "/moi", PATH + "/moi", form("B " + key, "/b-" + key, "", "0", true, false)));
        assertThat(labels().indexOf("A " + key)).isLessThan(labels().indexOf("B " + key));

        assertThat(admin.submit(PATH, PATH + "/" + b + "/len", Map.of()).statusCode()).isEqualTo(302);
        assertThat(labels().indexOf("B " + key)).as("B moved above A").isLessThan(labels().indexOf("A " + key));
        assertThat(AuditRows.count(jdbc, "site_menu_item", b, "menu.moved")).isEqualTo(1);

        // A is now the last of the hand-made entries before the categories: down puts it after the first category
        String firstCategory = siteMenu.contributed().get(0).label();
        assertThat(labels().indexOf("A " + key)).isLessThan(labels().indexOf(firstCategory));
        assertThat(admin.submit(PATH, PATH + "/" + a + "/xuong", Map.of()).statusCode()).isEqualTo(302);
        List<String> after = labels();
        assertThat(after.indexOf("A " + key)).isEqualTo(after.indexOf(firstCategory) + 1);
        String home = menuOf(new AdminClient(port).get("/").body());
        assertThat(home.indexOf(">A " + key + "<")).as("the public menu follows at once").isGreaterThan(home.indexOf(">" + firstCategory + "<"));
    }

    @Test
    void unsafeAddressesAndBadInputAreRefusedWithNothingWritten() throws Exception {
        long rows = count();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'site_menu_item'").query(Long.class).single();
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x",
                "/\\evil.example", "http://khong-an-toan.example", "https://", "ftp://x.example", "van-ban", "/a b", " ")) {
            HttpResponse<String> refused = admin.submit(PATH + "/moi", PATH + "/moi", form("Xấu " + key, bad, "", "0", true, false));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("Địa chỉ phải là đường dẫn trong trang bắt đầu bằng");
        }
        HttpResponse<String> blank = admin.submit(PATH + "/moi", PATH + "/moi", form("  ", "/x", "khong-so", "mười", true, false));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Tên mục không được để trống", "Mục cha phải là một mục cấp trên cùng",
                "Thứ tự phải là số nguyên từ -9999 đến 9999.");
        // editing is checked the same way and leaves the stored entry as it was
        long ok = created(admin.submit(PATH + "/moi", PATH + "/moi", form("Tốt " + key, "/tot-" + key, "", "0", true, false)));
        HttpResponse<String> edit = admin.submit(PATH + "/" + ok, PATH + "/" + ok, form("Tốt " + key, "javascript:alert(1)", "", "0", true, false));
        assertThat(edit.statusCode()).isEqualTo(400);
        assertThat(edit.body()).contains("value=\"javascript:alert(1)\"").as("what was typed stays in the form");
        assertThat(jdbc.sql("SELECT href FROM site_menu_item WHERE id = ?").param(ok).query(String.class).single()).isEqualTo("/tot-" + key);
        HttpResponse<String> selfParent = admin.submit(PATH + "/" + ok, PATH + "/" + ok, form("Tốt " + key, "/tot-" + key, String.valueOf(ok), "0", true, false));
        assertThat(selfParent.statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(rows + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'site_menu_item'").query(Long.class).single())
                .isEqualTo(audits + 1);
        assertThat(menuOf(new AdminClient(port).get("/").body())).doesNotContain("javascript:", "Xấu " + key);
    }

    @Test
    void editorsAndReportersAreRefused() throws Exception {
        long id = created(admin.submit(PATH + "/moi", PATH + "/moi", form("Giữ " + key, "/giu-" + key, "", "0", true, false)));
        for (String role : List.of("BIEN_TAP", "PHONG_VIEN")) {
            AdminClient user = new AdminClient(port);
            assertThat(user.signIn(TestUsers.create(users, encoder, role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(user.get(PATH).statusCode()).isEqualTo(403);
            assertThat(user.get(PATH + "/" + id).statusCode()).isEqualTo(403);
            String token = AdminClient.csrf(user.get("/quan-tri/tai-khoan").body());
            Map<String, String> f = new LinkedHashMap<>(form("Đổi", "/doi", "", "0", true, false));
            f.put("_csrf", token);
            assertThat(user.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
            assertThat(user.post(PATH + "/" + id, f).statusCode()).isEqualTo(403);
            assertThat(user.post(PATH + "/" + id + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
            assertThat(user.post(PATH + "/" + id + "/len", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT label FROM site_menu_item WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Giữ " + key);
        assertThat(admin.get("/quan-tri").body()).contains("href=\"" + PATH + "\"");
    }

    private long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        long id = AdminClient.idFrom(response);
        created.add(id);
        return id;
    }

    private List<String> labels() {
        return siteMenu.merged().stream().map(MenuItem::label).toList();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM site_menu_item").query(Long.class).single();
    }

    /** The main menu's markup on a public page. */
    private static String menuOf(String page) {
        int start = page.indexOf("<ul id=\"main-menu\">");
        assertThat(start).as("page has the main menu").isNotNegative();
        return page.substring(start, page.indexOf("</nav>", start));
    }

    private static Map<String, String> form(String label, String href, String parentId, String position, boolean enabled, boolean newTab) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("label", label);
        f.put("href", href);
        f.put("parentId", parentId);
        f.put("position", position);
        if (enabled) {
            f.put("enabled", "on");
        }
        if (newTab) {
            f.put("newTab", "on");
        }
        return f;
    }
}
