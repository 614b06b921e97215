package vn.ntm.portal.siteadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
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
import vn.ntm.portal.web.SiteSettings;

/**
 * Site settings and sidebar blocks against the whole application over HTTP with real sign-in: an
 * administrator changes them and the public home page follows; editors and reporters are refused; bad
 * input is a 400 with the Vietnamese reason and nothing stored; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteAdminTest {

    private static final String SETTINGS = "/quan-tri/cau-hinh";
    private static final String SIDEBAR = "/quan-tri/khoi-ben";
    private static final Pattern FIRST_BLOCK = Pattern.compile("<section class=\"block (block-[a-z]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SiteSettings settings;

    AdminClient admin;
    List<Map<String, Object>> savedSettings;
    List<Map<String, Object>> savedBlocks;

    @BeforeEach
    void signIn() throws Exception {
        savedSettings = jdbc.sql("SELECT key, value FROM site_setting").query().listOfRows();
        savedBlocks = jdbc.sql("SELECT code, position, enabled FROM sidebar_block").query().listOfRows();
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @AfterEach
    void restore() {
        for (Map<String, Object> r : savedSettings) {
            jdbc.sql("UPDATE site_setting SET value = ? WHERE key = ?").param(r.get("value")).param(r.get("key")).update();
        }
        for (Map<String, Object> r : savedBlocks) {
            jdbc.sql("UPDATE sidebar_block SET position = ?, enabled = ? WHERE code = ?")
                    .param(r.get("position")).param(r.get("enabled")).param(r.get("code")).update();
        }
        settings.invalidate();
    }

    @Test
    void adminChangesTheFooterAndTheHomePageShowsIt() throws Exception {
        String page = admin.get(SETTINGS).body();
        assertThat(page).contains("Cấu hình trang", "name=\"footer.phone\"", "name=\"category.pageSize\"");
        long audits = audits("site-settings.updated");

        Map<String, String> form = currentForm(page);
        form.put("footer.phone", "0239 3 123 456");
        form.put("site.tagline", "Khẩu hiệu mới – nông thôn mới");
        HttpResponse<String> saved = admin.submit(SETTINGS, SETTINGS, form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(saved)).endsWith(SETTINGS + "?ok");
        assertThat(setting("footer.phone")).isEqualTo("0239 3 123 456");
        assertThat(audits("site-settings.updated")).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT after->>'footer.phone' FROM audit_log WHERE action = 'site-settings.updated' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("0239 3 123 456");

        assertThat(new AdminClient(port).eventually("/", body -> body.contains("0239 3 123 456"))).contains("0239 3 123 456");
    }

    @Test
    void badSettingsAreRefusedWithTheReasonAndNothingStored() throws Exception {
        Map<String, String> form = currentForm(admin.get(SETTINGS).body());
        String phoneBefore = setting("footer.phone");
        form.put("footer.phone", "0239 999 999");
        form.put("footer.email", "khong-phai-email");
        form.put("category.pageSize", "100000");
        form.put("article.newerCount", "năm");
        long audits = audits("site-settings.updated");
        HttpResponse<String> refused = admin.submit(SETTINGS, SETTINGS, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Địa chỉ e-mail không hợp lệ.",
                "Số tin mỗi trang chuyên mục phải là số nguyên từ 5 đến 100.",
                "Số tin mới hơn dưới bài viết phải là số nguyên từ 0 đến 30.",
                "value=\"khong-phai-email\"");
        assertThat(setting("footer.phone")).isEqualTo(phoneBefore);
        assertThat(audits("site-settings.updated")).isEqualTo(audits);

        form = currentForm(admin.get(SETTINGS).body());
        form.put("site.name", "  ");
        HttpResponse<String> blank = admin.submit(SETTINGS, SETTINGS, form);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Tên cơ quan không được để trống.");
    }

    @Test
    void adminReordersAndHidesSidebarBlocksAndTheHomePageFollows() throws Exception {
        String page = admin.get(SIDEBAR).body();
        assertThat(page).contains("Khối bên", "name=\"position-stats.counter\"", "name=\"enabled-documents.latest\"");
        long audits = audits("sidebar.updated");

        Map<String, String> form = blockForm(page);
        form.put("position-stats.counter", "1");
        assertThat(admin.submit(SIDEBAR, SIDEBAR, form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT position FROM sidebar_block WHERE code = 'stats.counter'").query(Integer.class).single()).isEqualTo(1);
        assertThat(audits("sidebar.updated")).isEqualTo(audits + 1);
        new AdminClient(port).eventually("/", body -> firstBlock(body).equals("block-stats"));

        form = blockForm(admin.get(SIDEBAR).body());
        form.remove("enabled-stats.counter");
        assertThat(admin.submit(SIDEBAR, SIDEBAR, form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT enabled FROM sidebar_block WHERE code = 'stats.counter'").query(Boolean.class).single()).isFalse();
        new AdminClient(port).eventually("/", body -> !body.contains("block-stats"));
    }

    @Test
    void upAndDownButtonsSwapABlockWithItsNeighbourAndTheHomePageFollows() throws Exception {
        String page = admin.get(SIDEBAR).body();
        List<String> order = blockOrder(page);
        assertThat(order).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page).contains("formaction=\"/quan-tri/khoi-ben/" + order.get(1) + "/len\"");
        long audits = audits("sidebar.updated");

        String second = order.get(1);
        HttpResponse<String> up = admin.submit(SIDEBAR, SIDEBAR + "/" + second + "/len", blockForm(page));
        assertThat(up.statusCode()).isEqualTo(302);
        List<String> expected = new java.util.ArrayList<>(order);
        expected.set(0, second);
        expected.set(1, order.get(0));
        assertThat(blockOrder(admin.get(SIDEBAR).body())).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT code FROM sidebar_block ORDER BY position, code").query(String.class).list())
                .startsWith(expected.toArray(String[]::new));
        assertThat(audits("sidebar.updated")).isEqualTo(audits + 1);
        new AdminClient(port).eventually("/", body -> publicOrder(body).equals(enabledClasses(expected)));

        // the first block cannot go higher, the last not lower: nothing changes, nothing is audited
        String last = expected.get(expected.size() - 1);
        assertThat(admin.submit(SIDEBAR, SIDEBAR + "/" + second + "/len", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit(SIDEBAR, SIDEBAR + "/" + last + "/xuong", Map.of()).statusCode()).isEqualTo(302);
        assertThat(blockOrder(admin.get(SIDEBAR).body())).isEqualTo(expected);
        assertThat(audits("sidebar.updated")).isEqualTo(audits + 1);

        // and back down again
        assertThat(admin.submit(SIDEBAR, SIDEBAR + "/" + second + "/xuong", Map.of()).statusCode()).isEqualTo(302);
        assertThat(blockOrder(admin.get(SIDEBAR).body())).isEqualTo(order);

        HttpResponse<String> unknown = admin.submit(SIDEBAR, SIDEBAR + "/khong-co-khoi-nay/len", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có khối bên này.");
    }

    private static final Map<String, String> BLOCK_CLASSES = Map.of("documents.latest", "block-documents",
            "media.songs", "block-media", "media.links", "block-links", "stats.counter", "block-stats",
            // shown while a public poll is open, as the demo's OCOP poll is
            "polls.current", "block-poll");
    private static final Pattern ANY_BLOCK = Pattern.compile("<section class=\"block (block-[a-z]+)\"");

    private List<String> enabledClasses(List<String> codes) {
        return codes.stream().filter(c -> BLOCK_CLASSES.containsKey(c)
                        && jdbc.sql("SELECT enabled FROM sidebar_block WHERE code = ?").param(c).query(Boolean.class).single())
                .map(BLOCK_CLASSES::get).toList();
    }

    private static List<String> publicOrder(String html) {
        List<String> classes = new java.util.ArrayList<>();
        Matcher m = ANY_BLOCK.matcher(html);
        while (m.find()) {
            classes.add(m.group(1));
        }
        return classes;
    }

    private static List<String> blockOrder(String html) {
        List<String> codes = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<tr data-block=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void badBlockPositionIsRefusedAndNothingStored() throws Exception {
        Map<String, String> form = blockForm(admin.get(SIDEBAR).body());
        form.put("position-media.songs", "-5");
        form.put("position-stats.counter", "2");
        long audits = audits("sidebar.updated");
        HttpResponse<String> refused = admin.submit(SIDEBAR, SIDEBAR, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("phải là số nguyên từ 0 đến 9999.");
        assertThat(jdbc.sql("SELECT position FROM sidebar_block WHERE code = 'stats.counter'").query(Integer.class).single()).isNotEqualTo(2);
        assertThat(audits("sidebar.updated")).isEqualTo(audits);
    }

    @Test
    void editorsAndReportersMayNotChangeTheSite() throws Exception {
        for (String role : List.of("BIEN_TAP", "PHONG_VIEN")) {
            AdminClient user = new AdminClient(port);
            assertThat(user.signIn(TestUsers.create(users, encoder, role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(user.get(SETTINGS).statusCode()).isEqualTo(403);
            assertThat(user.get(SIDEBAR).statusCode()).isEqualTo(403);
            String token = AdminClient.csrf(user.get("/quan-tri/tai-khoan").body());
            String phone = setting("footer.phone");
            assertThat(user.post(SETTINGS, Map.of("_csrf", token, "footer.phone", "0000")).statusCode()).isEqualTo(403);
            assertThat(user.post(SIDEBAR, Map.of("_csrf", token, "position-stats.counter", "0")).statusCode()).isEqualTo(403);
            assertThat(setting("footer.phone")).isEqualTo(phone);
            assertThat(user.get("/quan-tri").body()).doesNotContain("href=\"" + SETTINGS + "\"", "href=\"" + SIDEBAR + "\"");
        }
        assertThat(admin.get("/quan-tri").body()).contains("href=\"" + SETTINGS + "\"", "href=\"" + SIDEBAR + "\"");
    }

    private Map<String, String> currentForm(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = Pattern.compile("name=\"([a-zA-Z]+\\.[a-zA-Z]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            form.put(m.group(1), unescape(m.group(2)));
        }
        return form;
    }

    private Map<String, String> blockForm(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = Pattern.compile("name=\"(position-[a-z.]+)\"[^>]*value=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            form.put(m.group(1), m.group(2));
        }
        Matcher e = Pattern.compile("name=\"(enabled-[a-z.]+)\" type=\"checkbox\" checked").matcher(html);
        while (e.find()) {
            form.put(e.group(1), "on");
        }
        return form;
    }

    private static String unescape(String s) {
        return s.replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String firstBlock(String body) {
        Matcher m = FIRST_BLOCK.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    /** The home page once it satisfies {@code condition}, polling for up to five seconds. */

    private String setting(String key) {
        return jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(key).query(String.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ?").param(action).query(Long.class).single();
    }
}
