package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.search.internal.IndexFeeder;

/**
 * The header search box in a real browser: typing shows suggestions (ARIA combobox with a listbox), the arrow keys
 * move through them, Escape closes the list, Enter on a suggestion opens it, and Enter without one submits the
 * plain GET form to the results page.
 */
class SearchBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexFeeder feeder;

    @Test
    void typingSuggestsTheKeyboardChoosesAndEnterSubmits() throws Exception {
        String marker = "zqbrowser" + System.nanoTime() % 100000;
        long category = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO article (slug, title, lead, body_html, main_category_id, status, published_at)
                        VALUES ('hop-tac-xa-thu', ?, '', '<p>Bài thử tìm kiếm.</p>', ?, 'PUBLISHED', now() - interval '1 hour') RETURNING id""")
                .params("Hợp tác xã " + marker + " kiểu mẫu", category).query(Long.class).single();
        long change = jdbc.sql("SELECT max(id) FROM search_change").query(Long.class).single();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> feeder.state() == IndexFeeder.State.READY && feeder.status().checkpoint() >= change);

        driver.get(url("/"));
        WebElement box = driver.findElement(By.id("site-search-q"));
        assertThat(driver.findElement(By.cssSelector("label[for=site-search-q]")).getAttribute("textContent")).isEqualTo("Tìm kiếm");
        wait.until(d -> "combobox".equals(box.getAttribute("role")));
        box.sendKeys("hop tac " + marker.substring(0, 6));
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-suggestions")));
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        wait.until(d -> list.getText().contains("Hợp tác xã " + marker + " kiểu mẫu"));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertThat(active).isNotBlank();
        WebElement option = driver.findElement(By.id(active));
        assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(option.getAttribute("role")).isEqualTo("option");

        box.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(list));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

        // the down arrow opens the list again; choose our article and open it with Enter
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.visibilityOf(list));
        int index = -1;
        var options = list.findElements(By.cssSelector("[role=option]"));
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getText().contains(marker)) {
                index = i;
            }
        }
        assertThat(index).isGreaterThanOrEqualTo(0);
        for (int i = 0; i <= index; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/tin-tuc/hop-tac-xa-thu-" + id));

        // without a chosen suggestion, Enter submits the form to the results page
        driver.get(url("/"));
        WebElement again = driver.findElement(By.id("site-search-q"));
        again.sendKeys("hợp tác " + marker);
        again.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/tim-kiem?q="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-hit")));
        assertThat(driver.findElement(By.cssSelector("[data-count]")).getText()).isEqualTo("Tìm thấy 1 kết quả");
        assertThat(driver.findElement(By.cssSelector(".search-hit h2 a")).getAttribute("href")).endsWith("/tin-tuc/hop-tac-xa-thu-" + id);
        assertThat(driver.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content")).isEqualTo("noindex");
    }
}
