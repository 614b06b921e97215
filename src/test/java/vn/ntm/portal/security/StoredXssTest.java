package vn.ntm.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Stored and reflected XSS: every payload of {@code security/xss-payloads.txt} goes through every text
 * field of the article editor (title, lead, body, author) and is published; the public article page,
 * the category page, the back-office list, editor and history pages must contain none of it as code.
 * The same payloads in query strings and paths must not come back as code either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredXssTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void payloadsInEveryEditorFieldNeverReachAPageAsCode() throws Exception {
        long category = jdbc.sql("SELECT id FROM category WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").query(Long.class).single();
        String categorySlug = jdbc.sql("SELECT slug FROM category WHERE id = ?").param(category).query(String.class).single();
        String name = TestUsers.create(users, encoder, "BIEN_TAP");
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create, can_approve, can_publish) "
                + "SELECT id, ?, true, true, true FROM app_user WHERE username = ?").params(category, name).update();
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(name, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        HttpSession reader = new HttpSession(port);

        List<String> problems = new ArrayList<>();
        List<String> payloads = HtmlSafety.payloads();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("title", "Bài thử " + i + " " + payload);
            form.put("lead", "Sa pô " + payload);
            form.put("body", "<p>Đoạn " + i + " " + payload + "</p>" + payload);
            form.put("categoryId", String.valueOf(category));
            form.put("authorName", payload);
            HttpResponse<String> created = editor.submit("/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi", form);
            assertThat(created.statusCode()).as("payload %d saved", i).isEqualTo(302);
            String edit = AdminClient.location(created).replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
            long id = Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1));
            for (String step : List.of("submit", "approve", "publish")) {
                assertThat(editor.submit(edit, edit + "/buoc/" + step, Map.of()).statusCode()).as("%s of payload %d", step, i).isEqualTo(302);
            }
            String slug = jdbc.sql("SELECT slug FROM article WHERE id = ?").param(id).query(String.class).single();
            check(problems, "public article " + i, reader.get("/tin-tuc/" + slug + "-" + id));
            check(problems, "print view " + i, reader.get("/tin-tuc/" + slug + "-" + id + "/in"));
            check(problems, "editor " + i, editor.get(edit));
            check(problems, "history " + i, editor.get(edit + "/lich-su"));
            String stored = jdbc.sql("SELECT body_html FROM article WHERE id = ?").param(id).query(String.class).single();
            for (String p : HtmlSafety.problems(stored)) {
                problems.add("stored body " + i + ": " + p);
            }
        }
        check(problems, "category page", reader.get("/chuyen-muc/" + categorySlug));
        check(problems, "home page", reader.get("/"));
        check(problems, "back-office list", editor.get("/quan-tri/bai-viet"));
        check(problems, "dashboard", editor.get("/quan-tri"));
        assertThat(problems).isEmpty();
    }

    @Test
    void payloadsInEveryStaticPageFieldNeverReachAPageAsCode() throws Exception {
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        HttpSession reader = new HttpSession(port);
        String key = Long.toString(System.nanoTime(), 36);
        Map<String, String> parentForm = new LinkedHashMap<>(Map.of("title", "Mục thử XSS " + key, "body", "<p>Mục cha</p>",
                "published", "on", "version", "0"));
        HttpResponse<String> parentMade = editor.submit("/quan-tri/trang/moi", "/quan-tri/trang/moi", parentForm);
        assertThat(parentMade.statusCode()).isEqualTo(302);
        long parent = AdminClient.idFrom(parentMade);
        List<Long> made = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            List<String> payloads = HtmlSafety.payloads();
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                Map<String, String> form = new LinkedHashMap<>();
                form.put("title", "Trang thử " + i + " " + payload);
                form.put("slug", "trang-xss-" + key + "-" + i);
                form.put("parent", String.valueOf(parent));
                form.put("summary", "Tóm tắt " + payload);
                form.put("body", "<p>Đoạn " + i + " " + payload + "</p>" + payload);
                form.put("position", String.valueOf(i));
                form.put("published", "on");
                HttpResponse<String> created = editor.submit("/quan-tri/trang/moi", "/quan-tri/trang/moi", form);
                assertThat(created.statusCode()).as("payload %d saved", i).isEqualTo(302);
                long id = AdminClient.idFrom(created);
                made.add(0, id);
                check(problems, "static page " + i, reader.get("/trang/trang-xss-" + key + "-" + i));
                check(problems, "static page editor " + i, editor.get("/quan-tri/trang/" + id));
                String stored = jdbc.sql("SELECT body_html FROM static_page WHERE id = ?").param(id).query(String.class).single();
                for (String p : HtmlSafety.problems(stored)) {
                    problems.add("stored static page body " + i + ": " + p);
                }
            }
            check(problems, "static parent page", reader.get("/trang/" + jdbc.sql("SELECT slug FROM static_page WHERE id = ?")
                    .param(parent).query(String.class).single()));
            check(problems, "static page list", editor.get("/quan-tri/trang"));
        } finally {
            made.forEach(id -> jdbc.sql("DELETE FROM static_page WHERE id = ?").param(id).update());
            jdbc.sql("DELETE FROM static_page WHERE id = ?").param(parent).update();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void payloadsInQueryStringsAndPathsAreNotReflectedAsCode() throws Exception {
        String name = TestUsers.create(users, encoder, "BIEN_TAP");
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(name, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        HttpSession reader = new HttpSession(port);
        List<String> problems = new ArrayList<>();
        for (String payload : HtmlSafety.payloads()) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            check(problems, "admin filter " + payload, editor.get("/quan-tri/bai-viet?tu-khoa=" + q));
            check(problems, "audit search " + payload, editor.get("/quan-tri/nhat-ky?hanh-dong=" + q));
            check(problems, "unknown page " + payload, reader.get("/tin-tuc/" + q));
            check(problems, "category page query " + payload, reader.get("/chuyen-muc/tin-tuc-su-kien?x=" + q));
            check(problems, "unknown static page " + payload, reader.get("/trang/" + q));
            check(problems, "sign-in page " + payload, new AdminClient(port).get("/dang-nhap?error&login=" + q));
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String where, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(where).isLessThan(500);
        HtmlSafety.problems(response.body()).forEach(p -> problems.add(where + ": " + p));
    }
}
