package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ntm.portal.e2e.pages.ArticleLink;
import vn.ntm.portal.e2e.pages.CategoryPage;
import vn.ntm.portal.e2e.pages.HomePage;

/**
 * Base of the browser tests: the whole application on a random port (one Spring context, cached and
 * shared by every browser test class because they all inherit this exact configuration), and one
 * headless Chromium per test class with cookies cleared before each test.
 */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    protected static final Dimension DESKTOP = new Dimension(1280, 900);

    private static Browser browser;
    protected static WebDriver driver;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        // on CI a missing browser fails the class here; elsewhere BrowserAvailability skips each test
        if (Browser.installed()) {
            browser = Browser.start(true);
            driver = browser.driver();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            try {
                browser.close();
            } finally {
                browser = null;
                driver = null;
            }
        }
    }

    @BeforeEach
    void freshBrowserState() {
        Assumptions.assumeTrue(browser != null, "BROWSER TESTS SKIPPED: no browser was started");
        browser.clearCookies();
        driver.manage().window().setSize(DESKTOP);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String url(String path) {
        return baseUrl() + path;
    }

    protected HomePage openHome() {
        return HomePage.open(driver, baseUrl());
    }

    /**
     * The first main-menu category (in menu order) whose page lists at least {@code minArticles}
     * articles and, if asked, has more than one page; reached by typing its URL.
     */
    protected CategoryPage openMenuCategory(int minArticles, boolean paginated) {
        List<ArticleLink> menu = openHome().menuCategories();
        assertThat(menu).as("main-menu categories on the home page").isNotEmpty();
        for (ArticleLink item : menu) {
            CategoryPage page = CategoryPage.open(driver, item.href());
            if (page.articles().size() >= minArticles && (!paginated || page.hasPager())) {
                return page;
            }
        }
        throw new AssertionError("no main-menu category has " + minArticles + " articles"
                + (paginated ? " and a second page" : "") + "; menu: " + menu);
    }
}
