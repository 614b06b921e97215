package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The site's error page, shown inside the normal layout. */
public class ErrorPage extends PageObject {

    ErrorPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    public static ErrorPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ErrorPage(driver);
    }

    public String errorCode() {
        return driver.findElement(By.cssSelector("main .error-code")).getText().strip();
    }
}
