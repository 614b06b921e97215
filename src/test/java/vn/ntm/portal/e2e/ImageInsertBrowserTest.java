package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.ArticleEditorPage;
import vn.ntm.portal.uploads.Samples;

/**
 * Inserting an image through the editor's image dialog in a real browser: the file goes to the uploads
 * endpoint behind the back-office chain (session CSRF token), and the saved body holds the figure with
 * its alt text and caption.
 */
class ImageInsertBrowserTest extends BrowserTestSupport {

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void anImageChosenInTheDialogIsUploadedAndSavedAsAFigureWithAltAndCaption() throws Exception {
        String login = TestUsers.create(users, encoder, "PHONG_VIEN");
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create) SELECT id, ?, true FROM app_user WHERE username = ?")
                .params(category, login).update();
        Path picture = Files.write(dir.resolve("ruong-bac-thang.jpg"), Samples.jpeg(800, 500));

        ArticleEditorPage editor = ArticleEditorPage.signInAndOpen(driver, baseUrl(), login, TestUsers.PASSWORD, "/quan-tri/bai-viet/moi");
        String title = "Ruộng bậc thang mùa lúa chín " + System.nanoTime();
        editor.title(title).type("Đoạn trước ảnh.");

        driver.findElement(By.cssSelector(".ql-toolbar .ql-image")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("image-dialog")));
        driver.findElement(By.id("image-file")).sendKeys(picture.toAbsolutePath().toString());
        driver.findElement(By.id("image-alt")).sendKeys("Ruộng bậc thang vàng óng");
        driver.findElement(By.id("image-caption")).sendKeys("Mùa lúa chín ở xã Tân Phú");
        driver.findElement(By.cssSelector("#image-form button[value=insert]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".ql-editor")).getAttribute("innerHTML").contains("<figcaption>"));
        assertThat(driver.findElement(By.id("image-error")).getText()).isEmpty();
        assertThat(driver.findElement(By.id("image-dialog")).isDisplayed()).as("the dialog closes after the upload").isFalse();

        ArticleEditorPage saved = editor.save();
        assertThat(saved.notice()).isEqualTo("Đã tạo bài viết.");
        String body = jdbc.sql("SELECT body_html FROM article WHERE title = ?").param(title).query(String.class).single();
        assertThat(body).containsPattern("<figure><img src=\"/uploads/images/[0-9a-f/]+\\.jpg\" alt=\"Ruộng bậc thang vàng óng\" ?/?>"
                + "<figcaption>Mùa lúa chín ở xã Tân Phú</figcaption></figure>").contains("Đoạn trước ảnh.");
        String url = body.replaceAll("(?s).*<img src=\"([^\"]+)\".*", "$1");
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file WHERE uploaded_by = ?").param(login).query(Long.class).single())
                .as("the image was stored for the signed-in reporter").isEqualTo(1L);
        assertThat(saved.editorHtml()).contains(url, "<figcaption>Mùa lúa chín ở xã Tân Phú</figcaption>");
    }
}
