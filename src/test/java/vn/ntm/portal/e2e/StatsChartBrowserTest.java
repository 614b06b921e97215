package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page in a real browser: the script draws a chart (ECharts, a canvas) above each table from
 * the table's own figures, the chart is hidden from assistive technology, and the table stays on the page;
 * also on a phone-sized screen without horizontal scrolling of the page.
 */
@Tag("browser")
class StatsChartBrowserTest extends BrowserTestSupport {

    @Test
    void chartsAreDrawnFromTheTablesAndTheTablesStay() {
        driver.get(url("/thong-ke?khoang=toan-bo"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("#bang-trinh-duyet [data-chart-box] canvas, #bang-trinh-duyet [data-chart-box] svg")).isEmpty());

        List<WebElement> figures = driver.findElements(By.cssSelector("figure[data-chart]"));
        assertThat(figures).hasSizeGreaterThanOrEqualTo(8);
        for (WebElement figure : figures) {
            WebElement box = figure.findElement(By.cssSelector("[data-chart-box]"));
            assertThat(box.getAttribute("aria-hidden")).isEqualTo("true");
            assertThat(box.findElements(By.cssSelector("canvas, svg"))).as("a drawn chart").isNotEmpty();
            assertThat(box.getSize().getHeight()).isGreaterThan(100);
            WebElement table = figure.findElement(By.cssSelector("table"));
            assertThat(table.isDisplayed()).isTrue();
            assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        }
        assertThat(driver.findElement(By.cssSelector("#bang-theo-gio tbody tr:first-child th")).getText()).isEqualTo("00:00–00:59");
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        driver.manage().window().setSize(new Dimension(375, 800));
        driver.get(url("/thong-ke"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("[data-chart-box] canvas")).isEmpty());
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
        assertThat(driver.findElement(By.id("stats-from")).isDisplayed()).isTrue();
    }
}
