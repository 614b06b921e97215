package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office's article editor with its rich-text editor (Quill over a plain textarea). */
public class ArticleEditorPage extends PageObject {

    ArticleEditorPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor")));
    }

    /** Signs in on the back office's sign-in page, then opens the editor at {@code path}. */
    public static ArticleEditorPage signInAndOpen(WebDriver driver, String baseUrl, String login, String password, String path) {
        driver.get(baseUrl + "/dang-nhap");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        newWait(driver).until(d -> d.getCurrentUrl().contains("/quan-tri"));
        driver.get(baseUrl + path);
        return new ArticleEditorPage(driver);
    }

    public ArticleEditorPage title(String text) {
        WebElement title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys(text);
        return this;
    }

    public ArticleEditorPage type(String text) {
        driver.findElement(By.cssSelector(".ql-editor")).sendKeys(text);
        return this;
    }

    public ArticleEditorPage toggleBold() {
        driver.findElement(By.cssSelector(".ql-toolbar .ql-bold")).click();
        return this;
    }

    public boolean plainTextareaHidden() {
        return !driver.findElement(By.id("body")).isDisplayed();
    }

    public String editorHtml() {
        return driver.findElement(By.cssSelector(".ql-editor")).getAttribute("innerHTML");
    }

    /** Saves and waits for the editor page that follows, with its notice. */
    public ArticleEditorPage save() {
        driver.findElement(By.cssSelector("#article-form button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice-ok")));
        return new ArticleEditorPage(driver);
    }

    public String notice() {
        return driver.findElement(By.cssSelector(".notice-ok")).getText().strip();
    }
}
