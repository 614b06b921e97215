package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.StaticPageEditorPage;

/** An editor writes a static page in the rich-text editor in a real browser, publishes it and reads it on the public site. */
class StaticPageBrowserTest extends BrowserTestSupport {

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorWritesAPageWithTheEditorAndReadersSeeItUnderItsParent() {
        String login = TestUsers.create(users, encoder, "BIEN_TAP");
        long parent = jdbc.sql("SELECT id FROM static_page WHERE slug = 'gioi-thieu'").query(Long.class).single();
        StaticPageEditorPage editor = StaticPageEditorPage.signInAndOpen(driver, baseUrl(), login, TestUsers.PASSWORD,
                "/quan-tri/trang/moi?cha=" + parent);
        assertThat(editor.plainTextareaHidden()).as("the plain textarea gives way to the rich-text editor").isTrue();
        String title = "Quy chế làm việc " + System.nanoTime();
        editor.title(title).summary("Quy chế làm việc của Văn phòng.")
                .type("Văn phòng làm việc theo ").toggleBold().type("chế độ thủ trưởng").toggleBold().type(".")
                .published(true);
        StaticPageEditorPage saved = editor.save();
        try {
            assertThat(saved.notice()).isEqualTo("Đã tạo trang.");
            String body = jdbc.sql("SELECT body_html FROM static_page WHERE title = ?").param(title).query(String.class).single();
            assertThat(body).isEqualTo("<p>Văn phòng làm việc theo <strong>chế độ thủ trưởng</strong>.</p>");
            assertThat(saved.editorHtml()).contains("<strong>chế độ thủ trưởng</strong>");

            saved.openPublicPage();
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
            assertThat(driver.findElement(By.cssSelector("[data-page-body] strong")).getText()).isEqualTo("chế độ thủ trưởng");
            assertThat(driver.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Giới thiệu");
            assertThat(driver.findElement(By.cssSelector("[data-print]")).isDisplayed()).as("the print button, with JavaScript").isTrue();

            driver.get(url("/trang/gioi-thieu"));
            assertThat(driver.findElement(By.cssSelector(".page-children")).getText()).contains(title);
        } finally {
            jdbc.sql("DELETE FROM static_page WHERE title = ?").param(title).update();
        }
    }
}
