package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The tracking page, /hoi-dap/tra-cuu?ma=…: the confirmation after sending, the status and the approved answer. */
public final class TrackQuestionPage extends PageObject {

    private TrackQuestionPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(d -> !d.findElements(By.cssSelector("form.qa-search")).isEmpty());
    }

    public static TrackQuestionPage current(WebDriver driver) {
        return new TrackQuestionPage(driver);
    }

    public static TrackQuestionPage open(WebDriver driver, String baseUrl, String code) {
        driver.get(baseUrl + "/hoi-dap/tra-cuu?ma=" + code);
        return new TrackQuestionPage(driver);
    }

    public boolean confirmationShown() {
        return has(By.cssSelector("[data-submitted]"));
    }

    public String confirmationCode() {
        return driver.findElement(By.cssSelector("[data-submitted] [data-code]")).getText().strip();
    }

    public String status() {
        return driver.findElement(By.cssSelector("[data-status]")).getText().strip();
    }

    public String answer() {
        return has(By.cssSelector("[data-answer]")) ? driver.findElement(By.cssSelector("[data-answer]")).getText().strip() : "";
    }

    public String error() {
        return has(By.cssSelector("[data-error]")) ? driver.findElement(By.cssSelector("[data-error]")).getText().strip() : "";
    }

    public String html() {
        return driver.getPageSource();
    }
}
