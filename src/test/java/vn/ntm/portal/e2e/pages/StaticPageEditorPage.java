package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office's static page form with the shared rich-text editor (Quill over a plain textarea). */
public class StaticPageEditorPage extends PageObject {

    StaticPageEditorPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#page-form .ql-editor")));
    }

    /** Signs in on the back office's sign-in page, then opens the form at {@code path}. */
    public static StaticPageEditorPage signInAndOpen(WebDriver driver, String baseUrl, String login, String password, String path) {
        driver.get(baseUrl + "/dang-nhap");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        newWait(driver).until(d -> d.getCurrentUrl().contains("/quan-tri"));
        driver.get(baseUrl + path);
        return new StaticPageEditorPage(driver);
    }

    public StaticPageEditorPage title(String text) {
        WebElement title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys(text);
        return this;
    }

    public StaticPageEditorPage summary(String text) {
        driver.findElement(By.id("summary")).sendKeys(text);
        return this;
    }

    public StaticPageEditorPage type(String text) {
        driver.findElement(By.cssSelector(".ql-editor")).sendKeys(text);
        return this;
    }

    public StaticPageEditorPage toggleBold() {
        driver.findElement(By.cssSelector(".ql-toolbar .ql-bold")).click();
        return this;
    }

    public StaticPageEditorPage published(boolean on) {
        WebElement box = driver.findElement(By.name("published"));
        if (box.isSelected() != on) {
            box.click();
        }
        return this;
    }

    public boolean plainTextareaHidden() {
        return !driver.findElement(By.id("body")).isDisplayed();
    }

    public String editorHtml() {
        return driver.findElement(By.cssSelector(".ql-editor")).getDomProperty("innerHTML");
    }

    /** Saves and waits for the form that follows, with its notice. */
    public StaticPageEditorPage save() {
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("#page-form button.primary")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-notice]")));
        return new StaticPageEditorPage(driver);
    }

    public String notice() {
        return driver.findElement(By.cssSelector("[data-notice]")).getText().strip();
    }

    /** Follows "Xem trên trang công khai". */
    public void openPublicPage() {
        clickAndWaitForNewPage(driver.findElement(By.linkText("Xem trên trang công khai")));
    }
}
