package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The printer-friendly view of an article. */
public class PrintPage extends PageObject {

    PrintPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.print-view main h1")));
    }

    public WebElement printButton() {
        return driver.findElement(By.cssSelector("button[data-print]"));
    }
}
