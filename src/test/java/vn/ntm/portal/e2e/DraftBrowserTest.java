package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drafts for public comment in a real browser: a comment sent through the form, and a closed draft without a form. */
@Tag("browser")
class DraftBrowserTest extends BrowserTestSupport {

    private static final String NAME = "Đỗ Thị Thu Trình duyệt";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeComment() {
        jdbc.sql("DELETE FROM document_draft_comment WHERE author_name = ?").param(NAME).update();
    }

    @Test
    void aCitizenCommentsOnAnOpenDraftThroughTheForm() throws InterruptedException {
        driver.get(url("/du-thao?trang-thai=dang"));
        driver.findElement(By.cssSelector("table.drafts tbody tr a")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-comment-form]")));
        assertThat(driver.findElement(By.cssSelector("[data-phase]")).getText()).isEqualTo("Đang lấy ý kiến");
        long started = System.nanoTime();
        driver.findElement(By.id("name")).sendKeys(NAME);
        driver.findElement(By.id("phone")).sendKeys("0912 345 678");
        driver.findElement(By.id("organisation")).sendKeys("Chi hội Nông dân thôn 3");
        driver.findElement(By.id("content")).sendKeys("Đề nghị nâng mức hỗ trợ bao bì, nhãn mác cho sản phẩm 3 sao.");
        driver.findElement(By.cssSelector("input[name=consent]")).click();
        // a person takes longer than the minimum fill time (3 s); wait the real time rather than forging the stamp
        long waitMillis = 3_500 - (System.nanoTime() - started) / 1_000_000;
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        driver.findElement(By.xpath("//form[@data-comment-form]//button[normalize-space()='Gửi ý kiến']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-notice]")));
        assertThat(driver.findElement(By.cssSelector("[data-notice]")).getText()).contains("Cảm ơn bạn đã góp ý");
        assertThat(jdbc.sql("SELECT status || ' ' || phone FROM document_draft_comment WHERE author_name = ?").param(NAME)
                .query(String.class).single()).isEqualTo("PENDING +84912345678");
        assertThat(driver.findElement(By.tagName("main")).getText()).as("pending comments are not shown").doesNotContain(NAME);
    }

    @Test
    void aClosedDraftShowsNoFormAndSaysTheWindowHasEnded() {
        driver.get(url("/du-thao?trang-thai=het"));
        driver.findElement(By.cssSelector("table.drafts tbody tr a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-phase]")));
        assertThat(driver.findElement(By.cssSelector("[data-phase]")).getText()).isEqualTo("Hết hạn lấy ý kiến");
        assertThat(driver.findElements(By.cssSelector("form[data-comment-form]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-closed]")).getText()).contains("Hết hạn lấy ý kiến");
    }
}
