package vn.ntm.portal.news.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.ntm.portal.news.HttpSession;
import vn.ntm.portal.news.editorial.ScheduledPublisher;

/**
 * The back office against the whole application: an author writes and submits, an editor approves and
 * publishes, the article is on the public site, then expires and is gone. Admin requests go through
 * the real security filters with a signed-in test user; public pages are fetched over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminArticleFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScheduledPublisher publisher;

    MockMvc mvc;
    String author;
    String editor;
    long category;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        author = "pv-" + run;
        editor = "bt-" + run;
        category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        jdbc.sql("INSERT INTO news_desk_member (user_id, category_id, role) VALUES (?, ?, 'PHONG_VIEN'), (?, ?, 'BIEN_TAP')")
                .params(author, category, editor, category).update();
    }

    @Test
    void writtenSubmittedApprovedPublishedVisibleThenExpiredAndGone() throws Exception {
        String title = "Xã Tân Phú đạt chuẩn nông thôn mới nâng cao " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(body(get("/quan-tri/bai-viet/moi"), author, 200)).contains("Viết bài mới", "name=\"body\"", "quill.min.js");

        MvcResult created = perform(post("/quan-tri/bai-viet/moi").param("title", title).param("lead", "Sa pô")
                .param("body", "<p>Nội dung <b>chính</b></p><script>alert(1)</script><img src=x onerror=alert(2)>")
                .param("categoryId", String.valueOf(category)).param("authorName", "Hoàng Nam"), author, 302);
        String editPath = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
        String stored = jdbc.sql("SELECT body_html FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("<b>chính</b>").doesNotContain("script", "onerror", "alert");

        String authorPage = body(get(editPath), author, 200);
        assertThat(authorPage).contains("Gửi duyệt").doesNotContain("/buoc/approve", "/buoc/publish");
        perform(post(editPath + "/buoc/submit"), author, 302);
        perform(post(editPath + "/buoc/approve"), author, 409);

        // the author still holds the edit lock: the editor is told who and since when, and may take over
        String editorPage = body(get(editPath), editor, 200);
        assertThat(editorPage).containsPattern("Bài viết đang được " + author + " chỉnh sửa từ \\d{2}:\\d{2}")
                .contains("Tiếp quản quyền sửa", "/buoc/approve", "/buoc/return");
        perform(post(editPath).param("title", title).param("body", "<p>Sửa</p>").param("categoryId", String.valueOf(category)), editor, 409);

        perform(post(editPath + "/buoc/approve"), editor, 302);
        perform(post(editPath + "/buoc/publish"), editor, 302);

        HttpSession site = new HttpSession(port);
        String slug = jdbc.sql("SELECT slug FROM article WHERE id = ?").param(id).query(String.class).single();
        String publicPath = "/tin-tuc/" + slug + "-" + id;
        var page = site.get(publicPath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title, "Nội dung <b>chính</b>");

        // the editor takes over and sets an expiry a minute ago: the next scheduler round archives it
        perform(post(editPath + "/tiep-quan"), editor, 302);
        perform(post(editPath).param("title", title).param("lead", "Sa pô").param("body", "<p>Nội dung <b>chính</b> đã sửa</p>")
                .param("categoryId", String.valueOf(category)).param("authorName", "Hoàng Nam")
                .param("expiresAt", AdminTime.input(java.time.Instant.now().minusSeconds(60))).param("expiryAction", "ARCHIVE"), editor, 302);
        assertThat(site.get(publicPath).body()).as("an edit shows at once on this node").contains("đã sửa");
        publisher.runOnce();
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = ?").param(id).query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(site.get(publicPath).statusCode()).isEqualTo(404);
    }

    @Test
    void historyShowsTheDifferenceAndRestoreMakesANewVersion() throws Exception {
        MvcResult created = perform(post("/quan-tri/bai-viet/moi").param("title", "Bản đầu").param("body", "<p>Câu thứ nhất.</p>")
                .param("categoryId", String.valueOf(category)), author, 302);
        String editPath = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        perform(post(editPath).param("title", "Bản sau").param("body", "<p>Câu <i>thứ hai</i>.</p>")
                .param("categoryId", String.valueOf(category)), author, 302);
        String history = body(get(editPath + "/lich-su"), author, 200);
        assertThat(history).contains("<del>đầu</del>", "<ins>sau</ins>", "<del>nhất</del><ins>hai</ins>", "Khôi phục phiên bản 1");
        perform(post(editPath + "/lich-su/1/khoi-phuc"), author, 302);
        assertThat(body(get(editPath), author, 200)).contains("value=\"Bản đầu\"");
        assertThat(body(get(editPath + "/lich-su"), author, 200)).contains("Khôi phục phiên bản 1</td>");
    }

    @Test
    void theListFiltersByKeywordStatusAndAuthorAndRefusesAnonymousVisitors() throws Exception {
        String word = "Từkhoá" + UUID.randomUUID().toString().substring(0, 6);
        perform(post("/quan-tri/bai-viet/moi").param("title", "Bài có " + word).param("categoryId", String.valueOf(category)), author, 302);
        assertThat(body(get("/quan-tri/bai-viet").param("tu-khoa", word.toLowerCase()), editor, 200)).contains("Bài có " + word);
        assertThat(body(get("/quan-tri/bai-viet").param("tu-khoa", word).param("trang-thai", "PUBLISHED"), editor, 200))
                .doesNotContain("Bài có " + word).contains("Không có bài viết nào phù hợp.");
        assertThat(body(get("/quan-tri/bai-viet").param("tac-gia", author), editor, 200)).contains("Bài có " + word);

        int anonymous = mvc.perform(get("/quan-tri/bai-viet")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isNotEqualTo(200);
        int anonymousPost = mvc.perform(post("/quan-tri/bai-viet/moi").with(csrf()).param("title", "x")).andReturn().getResponse().getStatus();
        assertThat(anonymousPost).isNotEqualTo(302).isNotEqualTo(200);
    }

    private String body(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        return perform(request, user, status).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        RequestPostProcessor who = user(user).roles("USER");
        MvcResult r = mvc.perform(request.with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getRequest().getMethod() + " " + r.getRequest().getRequestURI() + ": "
                + r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(status);
        return r;
    }
}
