package vn.ntm.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page and the site frame's main menu. */
public class HomePage extends PageObject {

    private static final By MENU_LINKS = By.cssSelector("nav.main-nav #main-menu a");
    private static final By MENU_TOGGLE = By.cssSelector("nav.main-nav button.menu-toggle");

    HomePage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.site-header")));
    }

    public static HomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        return new HomePage(driver);
    }

    /** Category entries of the main menu (links to /chuyen-muc/...), in menu order. */
    public List<ArticleLink> menuCategories() {
        return links(menuCategoryAnchors());
    }

    private List<WebElement> menuCategoryAnchors() {
        return driver.findElements(MENU_LINKS).stream()
                .filter(a -> a.getDomProperty("href") != null && a.getDomProperty("href").contains("/chuyen-muc/"))
                .toList();
    }

    /** Clicks a category in the main menu. */
    public CategoryPage clickMenuCategory(String label) {
        clickAndWaitForNewPage(linkWithText(menuCategoryAnchors(), label));
        return new CategoryPage(driver);
    }

    public WebElement menuToggle() {
        return driver.findElement(MENU_TOGGLE);
    }

    /** Main-menu links a reader can see right now. */
    public List<WebElement> visibleMenuLinks() {
        return driver.findElements(MENU_LINKS).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Opens the collapsed menu (narrow screens) with its toggle button and waits for the links to show. */
    public HomePage openMenuWithToggle() {
        WebElement toggle = menuToggle();
        wait.until(ExpectedConditions.elementToBeClickable(toggle)).click();
        newWait(driver)
                .withMessage(() -> "the menu toggle to open the menu: aria-expanded=" + toggle.getDomAttribute("aria-expanded")
                        + ", visible menu links=" + visibleMenuLinks().size())
                .until(d -> "true".equals(toggle.getDomAttribute("aria-expanded")) && !visibleMenuLinks().isEmpty());
        return this;
    }
}
