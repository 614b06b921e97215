package vn.ntm.portal.e2e.pages;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An article page: title, date line, breadcrumb, rating form and the newer/older lists. */
public class ArticlePage extends PageObject {

    private static final Pattern SUMMARY = Pattern.compile(
            "Tổng số điểm của bài viết là: ([\\d.]+) trong ([\\d.]+) đánh giá");

    private static final By TITLE = By.cssSelector("main article.article h1#article-title");
    private static final By DATE = By.cssSelector("main article.article .article-date time");
    private static final By RATING_SUMMARY = By.cssSelector("[data-rating-summary]");
    private static final By RATING_NOTICE = By.cssSelector("[data-rating-notice]");
    private static final By NEWER = By.cssSelector("main section.related[aria-labelledby='newer-title'] .summary .summary-title a");
    private static final By OLDER = By.cssSelector("main section.related[aria-labelledby='older-title'] .summary .summary-title a");

    /** "Tổng số điểm của bài viết là: X trong Y đánh giá" as numbers. */
    public record Rating(long sum, long count) {

        public Rating plusVote(int stars) {
            return new Rating(sum + stars, count + 1);
        }
    }

    ArticlePage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(TITLE));
    }

    public static ArticlePage open(WebDriver driver, String url) {
        driver.get(url);
        return new ArticlePage(driver);
    }

    /** The article page the browser shows now (e.g. after a form post reloaded it). */
    public static ArticlePage current(WebDriver driver) {
        return new ArticlePage(driver);
    }

    public String title() {
        return driver.findElement(TITLE).getText().strip();
    }

    /** The visible date line, e.g. "Thứ tư - 13/10/2021 08:39". */
    public String dateLine() {
        return driver.findElement(DATE).getText().strip();
    }

    /** The machine-readable publication time from {@code <time datetime>}. */
    public Instant publishedAt() {
        return Instant.parse(driver.findElement(DATE).getDomAttribute("datetime"));
    }

    public String breadcrumb() {
        return driver.findElement(By.cssSelector("nav.breadcrumb")).getText();
    }

    public List<String> breadcrumbItems() {
        return driver.findElements(By.cssSelector("nav.breadcrumb li")).stream().map(e -> e.getText().strip()).toList();
    }

    // --- rating ---

    public String ratingSummaryText() {
        return driver.findElement(RATING_SUMMARY).getText().strip();
    }

    public Rating rating() {
        return parseRating(ratingSummaryText());
    }

    public static Rating parseRating(String text) {
        Matcher m = SUMMARY.matcher(text);
        if (!m.find()) {
            throw new AssertionError("rating summary not in the expected form: '" + text + "'");
        }
        return new Rating(Long.parseLong(m.group(1).replace(".", "")), Long.parseLong(m.group(2).replace(".", "")));
    }

    public WebElement starButton(int stars) {
        return driver.findElement(By.cssSelector("form[data-rating-form] button.star[name='stars'][value='" + stars + "']"));
    }

    /** Clicks a star button and stays on the page (the JavaScript path updates in place). */
    public void clickStars(int stars) {
        wait.until(ExpectedConditions.elementToBeClickable(starButton(stars))).click();
    }

    /** Clicks a star button when JavaScript is off: the form posts and a new page loads. */
    public ArticlePage clickStarsAndWaitForReload(int stars) {
        clickAndWaitForNewPage(starButton(stars));
        return new ArticlePage(driver);
    }

    public String notice() {
        return driver.findElement(RATING_NOTICE).getText().strip();
    }

    public boolean noticeIsError() {
        String cls = driver.findElement(RATING_NOTICE).getDomAttribute("class");
        return cls != null && List.of(cls.split("\\s+")).contains("error");
    }

    /** Waits until the rating summary reads the given figures. */
    public void waitForRating(Rating expected) {
        newWait(driver).withMessage(() -> "rating summary to show " + expected + ", it shows '" + ratingSummaryText() + "'")
                .until(d -> parseRating(ratingSummaryText()).equals(expected));
    }

    /** Waits until the rating notice contains the text. */
    public void waitForNotice(String fragment) {
        newWait(driver).withMessage(() -> "rating notice to contain '" + fragment + "', it shows '" + notice() + "'")
                .until(d -> notice().contains(fragment));
    }

    // --- newer / older ---

    public List<ArticleLink> newer() {
        return links(driver.findElements(NEWER));
    }

    public List<ArticleLink> older() {
        return links(driver.findElements(OLDER));
    }

    public ArticlePage clickFirstNewer() {
        clickAndWaitForNewPage(driver.findElements(NEWER).get(0));
        return new ArticlePage(driver);
    }

    public ArticlePage clickFirstOlder() {
        clickAndWaitForNewPage(driver.findElements(OLDER).get(0));
        return new ArticlePage(driver);
    }

    // --- tools ---

    public PrintPage clickPrint() {
        clickAndWaitForNewPage(linkWithText(driver.findElements(By.cssSelector("main .article-tools a")), "In bài viết"));
        return new PrintPage(driver);
    }
}
