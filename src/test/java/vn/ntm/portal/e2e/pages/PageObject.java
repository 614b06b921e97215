package vn.ntm.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the driver, explicit waits and the site frame. */
public abstract class PageObject {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected PageObject(WebDriver driver) {
        this.driver = driver;
        this.wait = newWait(driver);
    }

    static WebDriverWait newWait(WebDriver driver) {
        WebDriverWait w = new WebDriverWait(driver, TIMEOUT);
        w.pollingEvery(Duration.ofMillis(100));
        return w;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String h1() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public boolean hasSiteHeader() {
        return has(By.cssSelector("header.site-header")) && has(By.cssSelector("header .brand"));
    }

    public boolean hasMainMenu() {
        return has(By.cssSelector("nav.main-nav #main-menu"));
    }

    public boolean hasSidebar() {
        return has(By.cssSelector("aside.sidebar"));
    }

    public boolean hasSiteFooter() {
        return has(By.cssSelector("footer.site-footer"));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks an element that leads to another page and waits until the old document is gone. */
    /**
     * Clicks and waits for the next document. The old page is recognised by a marker set on its window
     * rather than by the staleness of its elements: while the new page replaces the old one, Chromium can
     * answer a staleness probe with "Node with given id does not belong to the document", which is no
     * stale-element error, so such answers count as "not yet".
     */
    protected void clickAndWaitForNewPage(WebElement link) {
        String mark = "p" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.__e2ePageMark = arguments[0];", mark);
        link.click();
        wait.until(d -> {
            try {
                return !mark.equals(((JavascriptExecutor) d).executeScript("return window.__e2ePageMark || null;"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
        waitForLoad(driver, wait);
    }

    static void waitForLoad(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static List<ArticleLink> links(List<WebElement> anchors) {
        return anchors.stream().map(a -> new ArticleLink(text(a), a.getDomProperty("href"))).toList();
    }

    /** Visible text, or the text content of an element that is hidden right now (e.g. a collapsed menu). */
    static String text(WebElement e) {
        String visible = e.getText().strip();
        if (!visible.isEmpty()) {
            return visible;
        }
        String content = e.getDomProperty("textContent");
        return content == null ? "" : content.strip().replaceAll("\\s+", " ");
    }

    static WebElement linkWithText(List<WebElement> anchors, String text) {
        return anchors.stream().filter(a -> text(a).equals(text)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no link with text '" + text + "' among "
                        + anchors.stream().map(PageObject::text).toList()));
    }
}
