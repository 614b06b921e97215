package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.ArticleEditorPage;

/** Writing an article in the rich-text editor in a real browser, and finding the text stored and shown again. */
class ArticleEditorBrowserTest extends BrowserTestSupport {

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReporterWritesFormattedTextThatIsStoredAndReopened() {
        String login = TestUsers.create(users, encoder, "PHONG_VIEN");
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create) SELECT id, ?, true FROM app_user WHERE username = ?")
                .params(category, login).update();

        ArticleEditorPage editor = ArticleEditorPage.signInAndOpen(driver, baseUrl(), login, TestUsers.PASSWORD, "/quan-tri/bai-viet/moi");
        assertThat(editor.plainTextareaHidden()).as("the plain textarea gives way to the rich-text editor").isTrue();
        String title = "Hội nghị tổng kết chương trình " + System.nanoTime();
        editor.title(title).type("Đoạn mở đầu. ").toggleBold().type("Chữ in đậm").toggleBold().type(" và chữ thường.");
        ArticleEditorPage saved = editor.save();

        assertThat(saved.notice()).isEqualTo("Đã tạo bài viết.");
        String body = jdbc.sql("SELECT body_html FROM article WHERE title = ?").param(title).query(String.class).single();
        assertThat(body).isEqualTo("<p>Đoạn mở đầu. <strong>Chữ in đậm</strong> và chữ thường.</p>");
        assertThat(saved.editorHtml()).contains("<strong>Chữ in đậm</strong>", "và chữ thường.");
    }

    @Test
    void figuresWithAltTextAndCaptionSurviveTheEditor() {
        String login = TestUsers.create(users, encoder, "PHONG_VIEN");
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create) SELECT id, ?, true FROM app_user WHERE username = ?")
                .params(category, login).update();
        long userId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(login).query(Long.class).single();
        String figure = "<figure><img src=\"/static/img/logo.svg\" alt=\"Biểu trưng văn phòng\" /><figcaption>Biểu trưng</figcaption></figure>";
        long id = jdbc.sql("""
                        INSERT INTO article (slug, title, body_html, main_category_id, status, created_by, created_by_name)
                        VALUES ('co-anh', 'Bài có ảnh', ?, ?, 'DRAFT', ?, 'Phóng viên') RETURNING id""")
                .params("<p>Trước ảnh.</p>" + figure + "<p>Sau ảnh.</p>", category, String.valueOf(userId)).query(Long.class).single();

        ArticleEditorPage editor = ArticleEditorPage.signInAndOpen(driver, baseUrl(), login, TestUsers.PASSWORD, "/quan-tri/bai-viet/" + id);
        assertThat(editor.editorHtml()).contains("<figcaption>Biểu trưng</figcaption>", "alt=\"Biểu trưng văn phòng\"");
        editor.title("Bài có ảnh đã sửa").save();

        String body = jdbc.sql("SELECT body_html FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(body).isEqualTo("<p>Trước ảnh.</p>" + figure + "<p>Sau ảnh.</p>");
    }

    @Test
    void theListTheEditorAndTheHistoryHaveNoSeriousAxeViolations() {
        String login = TestUsers.create(users, encoder, "PHONG_VIEN");
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create) SELECT id, ?, true FROM app_user WHERE username = ?")
                .params(category, login).update();
        ArticleEditorPage editor = ArticleEditorPage.signInAndOpen(driver, baseUrl(), login, TestUsers.PASSWORD, "/quan-tri/bai-viet/moi");
        assertNoSeriousViolations("new article editor");
        ArticleEditorPage saved = editor.title("Kiểm tra khả năng tiếp cận").type("Nội dung.").save();
        assertNoSeriousViolations("article editor");
        String path = saved.url().replaceAll("\\?.*", "");
        driver.get(path + "/lich-su");
        assertNoSeriousViolations("version history");
        driver.get(baseUrl() + "/quan-tri/bai-viet");
        assertNoSeriousViolations("article list");
    }

    private void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().setTimeout(120).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on the " + what + ": " + results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(blocking).as("serious/critical axe violations on the %s: %s", what, blocking.stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
    }
}
