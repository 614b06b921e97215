package vn.ntm.portal.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The citizen's question form, /hoi-dap/dat-cau-hoi, with its honeypot and signed fill time. */
public final class AskQuestionPage extends PageObject {

    private final Instant openedAt;

    private AskQuestionPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.cssSelector("form[data-qa-form]")).isEmpty());
        waitForLoad(driver, wait);
        this.openedAt = Instant.now();
    }

    public static AskQuestionPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/hoi-dap/dat-cau-hoi");
        return new AskQuestionPage(driver);
    }

    public AskQuestionPage fill(String name, String email, String title, String content) {
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("email")).sendKeys(email);
        new Select(driver.findElement(By.id("topic"))).selectByIndex(1);
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("content")).sendKeys(content);
        return this;
    }

    public AskQuestionPage attach(Path file) {
        driver.findElement(By.id("attachment")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public AskQuestionPage consent() {
        var box = driver.findElement(By.cssSelector("input[name=consent]"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The honeypot a person never sees: empty, off screen. */
    public String honeypotValue() {
        return driver.findElement(By.id("website")).getDomProperty("value");
    }

    public boolean honeypotVisibleOnScreen() {
        var rect = driver.findElement(By.id("website")).getRect();
        return rect.getX() >= 0 && rect.getWidth() > 1;
    }

    /**
     * Waits until at least {@code minFillTime} (plus a margin for the clocks) has really passed since the
     * form was served, as a person filling it would, then sends it and waits for the next page.
     */
    public TrackQuestionPage sendAfter(Duration minFillTime) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), openedAt.plus(minFillTime).plusMillis(500));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form[data-qa-form] button[type=submit]")));
        return TrackQuestionPage.current(driver);
    }
}
