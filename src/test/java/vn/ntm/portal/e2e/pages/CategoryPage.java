package vn.ntm.portal.e2e.pages;

import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A category listing: heading, article summaries and the pager. */
public class CategoryPage extends PageObject {

    private static final By ARTICLE_LINKS = By.cssSelector("main .summary-list .summary .summary-title a");
    private static final By PAGER_LINKS = By.cssSelector("main nav.pager a");
    private static final By CURRENT_PAGE = By.cssSelector("main nav.pager [aria-current='page']");

    CategoryPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    public static CategoryPage open(WebDriver driver, String url) {
        driver.get(url);
        return new CategoryPage(driver);
    }

    public String heading() {
        return h1();
    }

    public List<ArticleLink> articles() {
        return links(driver.findElements(ARTICLE_LINKS));
    }

    public ArticlePage clickArticle(String title) {
        clickAndWaitForNewPage(linkWithText(driver.findElements(ARTICLE_LINKS), title));
        return new ArticlePage(driver);
    }

    /** Publication times of the listed articles, from their {@code <time datetime>}. */
    public List<Instant> publishedTimes() {
        return driver.findElements(By.cssSelector("main .summary-list .summary time")).stream()
                .map(t -> Instant.parse(t.getDomAttribute("datetime"))).toList();
    }

    public boolean hasPager() {
        return has(By.cssSelector("main nav.pager"));
    }

    /** The page number the pager marks as current. */
    public int currentPage() {
        return Integer.parseInt(driver.findElement(CURRENT_PAGE).getText().strip());
    }

    /** Clicks the pager's link to page {@code n}. */
    public CategoryPage clickPage(int n) {
        clickAndWaitForNewPage(linkWithText(driver.findElements(PAGER_LINKS), String.valueOf(n)));
        return new CategoryPage(driver);
    }

    public List<WebElement> pagerLinks() {
        return driver.findElements(PAGER_LINKS);
    }
}
