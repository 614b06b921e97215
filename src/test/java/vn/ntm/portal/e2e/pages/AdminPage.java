package vn.ntm.portal.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any back-office page: the admin layout with its keep-alive bar. */
public final class AdminPage extends PageObject {

    private AdminPage(WebDriver driver) {
        super(driver);
    }

    public static AdminPage current(WebDriver driver) {
        AdminPage page = new AdminPage(driver);
        page.wait.until(d -> !d.findElements(By.cssSelector("body.admin")).isEmpty());
        waitForLoad(driver, page.wait);
        return page;
    }

    public String signedInUser() {
        return driver.findElement(By.cssSelector("[data-user]")).getText().strip();
    }

    public WebElement keepAliveBar() {
        return driver.findElement(By.id("keep-alive"));
    }

    public boolean keepAliveBarShown() {
        return keepAliveBar().isDisplayed();
    }

    /** Waits (up to {@code seconds}) for the bar to appear. */
    public void waitForKeepAliveBar(int seconds) {
        longWait(seconds).until(d -> keepAliveBarShown());
    }

    public int secondsLeftOnBar() {
        return Integer.parseInt(driver.findElement(By.id("keep-alive-seconds")).getText().strip());
    }

    public WebElement keepAliveButton() {
        return driver.findElement(By.id("keep-alive-button"));
    }

    /** Clicks "keep me signed in" and waits for the server's answer to reach the page. */
    public int clickKeepAlive() {
        js("document.body.removeAttribute('data-kept-alive')");
        keepAliveButton().click();
        wait.until(d -> bodyAttribute("data-kept-alive") != null);
        return Integer.parseInt(bodyAttribute("data-kept-alive"));
    }

    /** The last remaining time the page read from the server, or null before its first check. */
    public String lastStatus() {
        return bodyAttribute("data-last-status");
    }

    public void forgetLastStatus() {
        js("document.body.removeAttribute('data-last-status')");
    }

    public void waitForStatusCheck(int seconds) {
        longWait(seconds).until(d -> lastStatus() != null);
    }

    public boolean signedOutShown() {
        return driver.findElement(By.id("signed-out")).isDisplayed();
    }

    public void waitForSignedOut(int seconds) {
        longWait(seconds).until(d -> signedOutShown());
    }

    public String signedOutText() {
        return driver.findElement(By.id("signed-out")).getText().strip();
    }

    /** What the server says about this browser's session, read the way the page reads it. */
    public String serverStatus() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/quan-tri/phien/trang-thai', {cache: 'no-store'}).then(r => r.text()).then(done);");
    }

    /** A request from another tab of the same browser: any back-office page extends the session. */
    public void activityInAnotherTab() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/quan-tri/tai-khoan', {cache: 'no-store'}).then(r => done(r.status));");
    }

    private String bodyAttribute(String name) {
        return driver.findElement(By.tagName("body")).getDomAttribute(name);
    }

    private WebDriverWait longWait(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.pollingEvery(Duration.ofMillis(100));
        return w;
    }
}
