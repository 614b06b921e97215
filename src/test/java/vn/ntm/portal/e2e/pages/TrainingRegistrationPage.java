package vn.ntm.portal.e2e.pages;

import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A training programme's registration form, /tap-huan/{slug}/dang-ky, and the personal page it leads to. */
public final class TrainingRegistrationPage extends PageObject {

    private final Instant openedAt;

    private TrainingRegistrationPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.cssSelector("form[data-training-form]")).isEmpty());
        waitForLoad(driver, wait);
        this.openedAt = Instant.now();
    }

    public static TrainingRegistrationPage open(WebDriver driver, String baseUrl, String slug) {
        driver.get(baseUrl + "/tap-huan/" + slug + "/dang-ky");
        return new TrainingRegistrationPage(driver);
    }

    public TrainingRegistrationPage type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
        return this;
    }

    public TrainingRegistrationPage select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    public TrainingRegistrationPage choose(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            input.click();
        }
        return this;
    }

    /** Whether the block holding the field is shown (JavaScript hides what does not apply). */
    public boolean shown(String fieldName) {
        return driver.findElement(By.cssSelector("[name='" + fieldName + "']")).isDisplayed();
    }

    public String honeypotValue() {
        return driver.findElement(By.id("website")).getDomProperty("value");
    }

    /** Sends the form after the minimum fill time has really passed, as a person would, and waits for the next page. */
    public Personal sendAfter(Duration minFillTime) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), openedAt.plus(minFillTime).plusMillis(500));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form[data-training-form] button[type=submit]")));
        return new Personal(driver);
    }

    /** The registrant's own page. */
    public static final class Personal extends PageObject {

        public Personal(WebDriver driver) {
            super(driver);
            waitForLoad(driver, wait);
        }

        public String error() {
            return driver.findElements(By.cssSelector("[data-error]")).stream().map(WebElement::getText).findFirst().orElse("");
        }

        public boolean registeredNotice() {
            return has(By.cssSelector("[data-registered]"));
        }

        public String code() {
            return driver.findElement(By.cssSelector("[data-code]")).getText().strip();
        }

        public boolean hasQr() {
            return has(By.cssSelector("[data-qr] svg.qr-code"));
        }

        public String link() {
            return driver.findElement(By.cssSelector("[data-link]")).getText().strip();
        }

        public String status() {
            return driver.findElement(By.cssSelector("[data-status]")).getText().strip();
        }
    }
}
