package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The documents registry in a real browser: filter by type and validity with the plain GET form, open a document. */
@Tag("browser")
class DocumentBrowserTest extends BrowserTestSupport {

    @Test
    void filterByTypeAndValidityThenOpenADocumentWithItsPreview() {
        driver.get(url("/van-ban"));
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(15));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Văn bản ban hành");
        // the form is reached through its labels, as a screen-reader user would
        new Select(driver.findElement(By.id(driver.findElement(By.xpath("//label[normalize-space()='Loại văn bản']")).getDomAttribute("for"))))
                .selectByVisibleText("Quyết định");
        new Select(driver.findElement(By.id(driver.findElement(By.xpath("//label[normalize-space()='Hiệu lực']")).getDomAttribute("for"))))
                .selectByVisibleText("Còn hiệu lực");
        driver.findElement(By.xpath("//form[@action='/van-ban']//button[normalize-space()='Tìm văn bản']")).click();
        wait.until(ExpectedConditions.urlContains("hieu-luc=con"));
        assertThat(driver.getCurrentUrl()).contains("loai=quyet-dinh", "hieu-luc=con");
        assertThat(new Select(driver.findElement(By.id("f-loai"))).getFirstSelectedOption().getText()).isEqualTo("Quyết định");

        List<WebElement> rows = driver.findElements(By.cssSelector("table.documents tbody tr"));
        assertThat(rows).as("in-force decisions among the demo documents").isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Quyết định");
            assertThat(row.findElement(By.cssSelector(".validity")).getText()).isEqualTo("Còn hiệu lực");
        }
        WebElement first = rows.get(0).findElement(By.cssSelector("a"));
        String number = first.getText();
        first.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Quyết định số " + number));
        assertThat(driver.findElement(By.cssSelector("dl.document-fields")).getText()).contains("Số ký hiệu", number, "Còn hiệu lực", "Cơ quan ban hành");
        WebElement frame = driver.findElement(By.cssSelector("iframe.pdf-preview"));
        assertThat(frame.getDomAttribute("title")).startsWith("Xem trước tệp ");
        String preview = frame.getDomProperty("src");
        assertThat(driver.findElement(By.partialLinkText("Tải tệp")).getDomAttribute("href")).isEqualTo(preview.replaceAll("^https?://[^/]+", "").replace("?xem=1", ""));
        // the preview loads as a PDF, not refused by the page's policy (the browser reports a blocked frame as an error page)
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                        + ".catch(e => done('error ' + e));", preview);
        assertThat(status).isEqualTo("200 application/pdf");
    }
}
