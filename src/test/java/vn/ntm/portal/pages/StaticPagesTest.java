package vn.ntm.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * The static pages against the whole application over HTTP with real sign-in and CSRF: an editor creates, edits,
 * publishes, unpublishes, moves and deletes pages and the public site, the sitemap and the API follow; duplicate
 * slugs, cycles, a third level and bad numbers are a 400 with nothing written; a stale form is a 409 that keeps the
 * typed text; scripts never reach the public page; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticPagesTest {

    private static final String PATH = "/quan-tri/trang";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PagesApi pages;

    AdminClient editor;
    AdminClient reader;
    final List<Long> created = new ArrayList<>();
    String key;

    @BeforeEach
    void signIn() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        reader = new AdminClient(port);
    }

    @AfterEach
    void removeTestPages() {
        for (int round = 0; round < 2; round++) {
            for (long id : created) {
                jdbc.sql("DELETE FROM static_page WHERE id = ? AND NOT EXISTS (SELECT 1 FROM static_page c WHERE c.parent_id = ?)")
                        .params(id, id).update();
            }
        }
    }

    @Test
    void anEditorCreatesPublishesEditsUnpublishesAndDeletesAndThePublicSiteFollows() throws Exception {
        String title = "Giới thiệu thử " + key;
        HttpResponse<String> made = editor.submit(PATH + "/moi", PATH + "/moi", form(title, "", "", "Tóm tắt thử", "<p>Đoạn đầu.</p>", "5", false));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        long id = track(AdminClient.idFrom(made));
        String slug = "gioi-thieu-thu-" + key;
        assertThat(jdbc.sql("SELECT slug FROM static_page WHERE id = ?").param(id).query(String.class).single()).isEqualTo(slug);
        assertThat(audits(id, "page.created")).isEqualTo(1);

        HttpResponse<String> hidden = reader.get("/trang/" + slug);
        assertThat(hidden.statusCode()).as("an unpublished page is not public").isEqualTo(404);
        assertThat(hidden.body()).contains("Không tìm thấy trang").doesNotContain("Đoạn đầu.");
        assertThat(pages.published(id)).isEmpty();

        assertThat(editor.submit(PATH, PATH + "/" + id + "/cong-bo", Map.of()).statusCode()).isEqualTo(302);
        assertThat(audits(id, "page.published")).isEqualTo(1);
        HttpResponse<String> shown = reader.get("/trang/" + slug);
        assertThat(shown.statusCode()).isEqualTo(200);
        String today = LocalDate.now(VietnameseFormat.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(shown.body()).contains("<h1 id=\"page-title\">" + title + "</h1>", "Tóm tắt thử", "<p>Đoạn đầu.</p>",
                "Cập nhật lần cuối:", ">" + today + "</time>", "class=\"site-footer\"", "aria-label=\"Vị trí trang\"",
                "href=\"/static/css/print.css\" media=\"print\"");
        assertThat(pages.published(id)).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo(title);
            assertThat(p.text()).isEqualTo("Đoạn đầu.");
            assertThat(p.path()).isEqualTo("/trang/" + slug);
        });

        // a published child: listed on its parent, with the parent in its breadcrumb
        HttpResponse<String> childMade = editor.submit(PATH + "/moi", PATH + "/moi",
                form("Chức năng thử " + key, "chuc-nang-" + key, String.valueOf(id), "", "<p>Nhiệm vụ.</p>", "1", true));
        assertThat(childMade.statusCode()).as(childMade.body()).isEqualTo(302);
        long child = track(AdminClient.idFrom(childMade));
        assertThat(reader.get("/trang/" + slug).body()).contains("Nội dung trong mục này", "href=\"/trang/chuc-nang-" + key + "\"");
        assertThat(reader.get("/trang/chuc-nang-" + key).body()).contains("<li><a href=\"/trang/" + slug + "\">" + title + "</a></li>");

        // edited with the version the form was opened on
        String editPage = editor.get(PATH + "/" + id).body();
        HttpResponse<String> saved = editor.post(PATH + "/" + id, withToken(editPage,
                form(title + " mới", slug, "", "Tóm tắt mới", "<p>Đoạn mới.</p>", "5", true), version(editPage)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(audits(id, "page.updated")).isEqualTo(1);
        assertThat(reader.get("/trang/" + slug).body()).contains(title + " mới", "Đoạn mới.").doesNotContain("Đoạn đầu.");
        assertThat(jdbc.sql("SELECT version FROM static_page WHERE id = ?").param(id).query(Integer.class).single()).isEqualTo(2);

        // unpublished: the page and its child are gone from the public site and the API
        assertThat(editor.submit(PATH, PATH + "/" + id + "/an", Map.of()).statusCode()).isEqualTo(302);
        assertThat(audits(id, "page.unpublished")).isEqualTo(1);
        assertThat(reader.get("/trang/" + slug).statusCode()).isEqualTo(404);
        assertThat(reader.get("/trang/chuc-nang-" + key).statusCode()).as("a child of an unpublished page").isEqualTo(404);
        assertThat(pages.published(child)).isEmpty();
        assertThat(pages.allPublished()).noneMatch(p -> p.id() == id || p.id() == child);

        // not deleted while it has a child; then the child, then the page
        HttpResponse<String> refused = editor.submit(PATH, PATH + "/" + id + "/xoa", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("vì còn 1 trang con");
        assertThat(count(id)).isEqualTo(1);
        assertThat(editor.submit(PATH, PATH + "/" + child + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.submit(PATH, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(count(id) + count(child)).isZero();
        assertThat(audits(id, "page.deleted") + audits(child, "page.deleted")).isEqualTo(2);
    }

    @Test
    void duplicateSlugsCyclesAThirdLevelAndBadInputAreRefusedWithNothingWritten() throws Exception {
        long a = create("Trang A " + key, "", true);
        long b = create("Trang B " + key, String.valueOf(a), true);
        long c = create("Trang C " + key, "", true);
        long pages = jdbc.sql("SELECT count(*) FROM static_page").query(Long.class).single();
        String before = jdbc.sql("SELECT string_agg(id || ':' || coalesce(parent_id, 0) || ':' || version, ',' ORDER BY id) FROM static_page")
                .query(String.class).single();
        long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'static_page'").query(Long.class).single();

        String slugOfA = jdbc.sql("SELECT slug FROM static_page WHERE id = ?").param(a).query(String.class).single();
        HttpResponse<String> duplicate = editor.submit(PATH + "/moi", PATH + "/moi", form("Khác " + key, slugOfA, "", "", "", "0", false));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("Đường dẫn (slug) này đã được dùng cho trang khác");
        HttpResponse<String> sameTitle = editor.submit(PATH + "/moi", PATH + "/moi", form("Trang A " + key, "", "", "", "", "0", false));
        assertThat(sameTitle.statusCode()).as("the slug made from the same title is taken too").isEqualTo(400);

        assertRefused(a, form("Trang A " + key, slugOfA, String.valueOf(a), "", "", "0", true), "Không thể chọn chính trang này làm trang cha.");
        assertRefused(a, form("Trang A " + key, slugOfA, String.valueOf(b), "", "", "0", true),
                "Không thể chọn một trang con của chính trang này làm trang cha.");
        assertRefused(a, form("Trang A " + key, slugOfA, String.valueOf(c), "", "", "0", true), "Trang này đang có trang con");
        HttpResponse<String> third = editor.submit(PATH + "/moi", PATH + "/moi", form("Cấp ba " + key, "", String.valueOf(b), "", "", "0", true));
        assertThat(third.statusCode()).isEqualTo(400);
        assertThat(third.body()).contains("Trang cha phải là trang cấp trên cùng: cây trang chỉ có hai cấp.");

        HttpResponse<String> bad = editor.submit(PATH + "/moi", PATH + "/moi", form("", "Có Dấu", "999999999", "", "", "nhiều", false));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tiêu đề không được để trống", "chỉ gồm chữ thường không dấu", "Thứ tự phải là số nguyên",
                "Trang cha không tồn tại.");
        HttpResponse<String> huge = editor.submit(PATH + "/moi", PATH + "/moi",
                form("Quá dài " + key, "", "", "x".repeat(1001), "<p>" + "y".repeat(60_001) + "</p>", "0", false));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("Tóm tắt dài tối đa 1000 ký tự.", "Nội dung dài tối đa 60.000 ký tự");

        assertThat(jdbc.sql("SELECT count(*) FROM static_page").query(Long.class).single()).isEqualTo(pages);
        assertThat(jdbc.sql("SELECT string_agg(id || ':' || coalesce(parent_id, 0) || ':' || version, ',' ORDER BY id) FROM static_page")
                .query(String.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'static_page'").query(Long.class).single()).isEqualTo(audits);
    }

    @Test
    void aStaleFormIsAConflictThatKeepsTheTypedTextAndOverwritesOnlyWhenSavedAgain() throws Exception {
        long id = create("Trang sửa cùng lúc " + key, "", true);
        String slug = jdbc.sql("SELECT slug FROM static_page WHERE id = ?").param(id).query(String.class).single();
        String first = editor.get(PATH + "/" + id).body();
        AdminClient other = new AdminClient(port);
        assertThat(other.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        String second = other.get(PATH + "/" + id).body();

        assertThat(other.post(PATH + "/" + id, withToken(second, form("Trang sửa cùng lúc " + key, slug, "", "", "<p>Bản của quản trị.</p>",
                "0", true), version(second))).statusCode()).isEqualTo(302);

        String mine = "<p>Bản của biên tập viên " + key + " &amp; ghi chú.</p>";
        HttpResponse<String> stale = editor.post(PATH + "/" + id, withToken(first, form("Tiêu đề của tôi " + key, slug, "", "Tóm tắt của tôi",
                mine, "0", true), version(first)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("vừa được", "sửa sau khi bạn mở biểu mẫu", "Nội dung bạn nhập vẫn còn",
                "value=\"Tiêu đề của tôi " + key + "\"", "Tóm tắt của tôi", "Bản của biên tập viên " + key);
        assertThat(jdbc.sql("SELECT body_html FROM static_page WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("<p>Bản của quản trị.</p>");
        assertThat(audits(id, "page.updated")).isEqualTo(1);

        // the form now carries the current version: saving it again is a deliberate overwrite
        HttpResponse<String> again = editor.post(PATH + "/" + id, withToken(stale.body(), form("Tiêu đề của tôi " + key, slug, "",
                "Tóm tắt của tôi", mine, "0", true), version(stale.body())));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT body_html FROM static_page WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("<p>Bản của biên tập viên " + key + " &amp; ghi chú.</p>");
        assertThat(audits(id, "page.updated")).isEqualTo(2);
    }

    @Test
    void scriptsAndHandlersNeverReachThePublicPage() throws Exception {
        String evil = "<p onclick=\"alert(1)\">Đoạn an toàn " + key + "</p><script>alert(2)</script><img src=x onerror=alert(3) alt=\"ảnh\">"
                + "<a href=\"javascript:alert(4)\">liên kết</a><iframe src=\"https://example.com\"></iframe>";
        long id = create("Trang thử mã độc " + key, "", true, evil);
        String stored = jdbc.sql("SELECT body_html FROM static_page WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("Đoạn an toàn " + key).doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe");

        // a body written around the form (an import, a hand edit in the database) is sanitised again when shown
        jdbc.sql("UPDATE static_page SET body_html = ? WHERE id = ?").params(evil, id).update();
        String slug = jdbc.sql("SELECT slug FROM static_page WHERE id = ?").param(id).query(String.class).single();
        String body = reader.get("/trang/" + slug).body();
        String content = body.substring(body.indexOf("data-page-body"), body.indexOf("page-updated"));
        assertThat(content).contains("Đoạn an toàn " + key).doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe");
        assertThat(pages.published(id).orElseThrow().text()).isEqualTo("Đoạn an toàn " + key + " liên kết");
    }

    @Test
    void theSitemapListsPublishedPagesOnlyAndMovesReorderSiblings() throws Exception {
        long parent = create("Mục cha " + key, "", true);
        long first = create("Con thứ nhất " + key, String.valueOf(parent), true);
        long second = create("Con thứ hai " + key, String.valueOf(parent), true);
        long hidden = create("Con chưa công bố " + key, String.valueOf(parent), false);
        String index = reader.get("/sitemap.xml").body();
        assertThat(index).contains("/sitemap/pages-1.xml");
        String sitemap = reader.get("/sitemap/pages-1.xml").body();
        assertThat(sitemap).contains(path(parent) + "</loc>", path(first) + "</loc>", path(second) + "</loc>")
                .doesNotContain(path(hidden) + "</loc>");

        String parentPage = reader.get(path(parent)).body();
        assertThat(parentPage.indexOf("Con thứ nhất " + key)).isLessThan(parentPage.indexOf("Con thứ hai " + key));
        assertThat(parentPage).doesNotContain("Con chưa công bố " + key);
        assertThat(editor.submit(PATH, PATH + "/" + second + "/len", Map.of()).statusCode()).isEqualTo(302);
        assertThat(audits(second, "page.moved")).isEqualTo(1);
        String moved = reader.get(path(parent)).body();
        assertThat(moved.indexOf("Con thứ hai " + key)).isLessThan(moved.indexOf("Con thứ nhất " + key));
        String list = editor.get(PATH).body();
        assertThat(list.indexOf("Con thứ hai " + key)).isLessThan(list.indexOf("Con thứ nhất " + key));
        assertThat(list.indexOf("Mục cha " + key)).isLessThan(list.indexOf("Con thứ hai " + key));

        editor.submit(PATH, PATH + "/" + parent + "/an", Map.of());
        assertThat(reader.get("/sitemap/pages-1.xml").body()).doesNotContain(path(parent) + "</loc>", path(first) + "</loc>");
    }

    @Test
    void theDemoPagesAndTheirMenuEntriesArePublic() throws Exception {
        String home = reader.get("/").body();
        assertThat(home).contains("href=\"/trang/gioi-thieu\">Giới thiệu</a>", "href=\"/trang/tiep-can-thong-tin\">Tiếp cận thông tin</a>",
                "href=\"/trang/lanh-dao-van-phong\">Lãnh đạo Văn phòng</a>");
        String access = reader.get("/trang/tiep-can-thong-tin").body();
        assertThat(access).contains("Luật Tiếp cận thông tin", "href=\"/trang/danh-muc-thong-tin-phai-cong-khai\"",
                "href=\"/trang/dau-moi-cung-cap-thong-tin\"", "href=\"/trang/cach-yeu-cau-cung-cap-thong-tin\"",
                "href=\"/trang/mau-phieu-yeu-cau-cung-cap-thong-tin\"");
        assertThat(reader.get("/trang/cach-yeu-cau-cung-cap-thong-tin").body()).contains("href=\"/hoi-dap/dat-cau-hoi\"");
        String footerPhone = jdbc.sql("SELECT value FROM site_setting WHERE key = 'footer.phone'").query(String.class).single();
        assertThat(reader.get("/trang/lien-he").body()).contains("<strong>Điện thoại:</strong> " + footerPhone);
        assertThat(reader.get("/trang/lanh-dao-van-phong").body()).contains("dữ liệu mẫu", "hư cấu");
    }

    @Test
    void unpublishingAPageTheMenuLinksToSaysTheMenuEntryMustChangeToo() throws Exception {
        long id = create("Trang trên trình đơn " + key, "", true);
        long other = create("Trang ngoài trình đơn " + key, "", true);
        long entry = jdbc.sql("INSERT INTO site_menu_item (label, href, position) VALUES (?, ?, 9990) RETURNING id")
                .params("Mục thử " + key, path(id)).query(Long.class).single();
        try {
            String list = editor.get(PATH).body();
            String row = list.substring(list.indexOf("Trang trên trình đơn " + key));
            assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td>Có</td>");
            HttpResponse<String> hidden = editor.submit(PATH, PATH + "/" + id + "/an", Map.of());
            assertThat(AdminClient.location(hidden)).endsWith(PATH + "?tb=da-an-trinh-don");
            assertThat(editor.get(PATH + "?tb=da-an-trinh-don").body()).contains("Trang này đang có trong trình đơn chính");
            HttpResponse<String> plain = editor.submit(PATH, PATH + "/" + other + "/an", Map.of());
            assertThat(AdminClient.location(plain)).endsWith(PATH + "?tb=da-an");
        } finally {
            jdbc.sql("DELETE FROM site_menu_item WHERE id = ?").param(entry).update();
        }
    }

    private void assertRefused(long id, Map<String, String> form, String message) throws Exception {
        String page = editor.get(PATH + "/" + id).body();
        HttpResponse<String> r = editor.post(PATH + "/" + id, withToken(page, form, version(page)));
        assertThat(r.statusCode()).as(message).isEqualTo(400);
        assertThat(r.body()).contains(message);
    }

    private long create(String title, String parent, boolean published) throws Exception {
        return create(title, parent, published, "<p>Nội dung " + title + ".</p>");
    }

    private long create(String title, String parent, boolean published, String body) throws Exception {
        HttpResponse<String> r = editor.submit(PATH + "/moi", PATH + "/moi", form(title, "", parent, "", body, "0", published));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return track(AdminClient.idFrom(r));
    }

    private long track(long id) {
        created.add(0, id);
        return id;
    }

    private String path(long id) {
        return "/trang/" + jdbc.sql("SELECT slug FROM static_page WHERE id = ?").param(id).query(String.class).single();
    }

    private static Map<String, String> withToken(String page, Map<String, String> form, String version) {
        Map<String, String> f = new LinkedHashMap<>(form);
        f.put("_csrf", AdminClient.csrf(page));
        f.put("version", version);
        return f;
    }

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the edit form carries its version").isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(String title, String slug, String parent, String summary, String body, String position,
                                            boolean published) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("slug", slug);
        f.put("parent", parent);
        f.put("summary", summary);
        f.put("body", body);
        f.put("position", position);
        if (published) {
            f.put("published", "on");
        }
        return f;
    }

    private long count(long id) {
        return jdbc.sql("SELECT count(*) FROM static_page WHERE id = ?").param(id).query(Long.class).single();
    }

    private long audits(long id, String action) {
        return AuditRows.count(jdbc, "static_page", id, action);
    }
}
