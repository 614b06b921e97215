package vn.ntm.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The back-office sign-in page, /dang-nhap. */
public final class SignInPage extends PageObject {

    private SignInPage(WebDriver driver) {
        super(driver);
    }

    public static SignInPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/dang-nhap");
        return current(driver);
    }

    public static SignInPage current(WebDriver driver) {
        SignInPage page = new SignInPage(driver);
        page.wait.until(d -> !d.findElements(By.id("login")).isEmpty());
        return page;
    }

    /** Signs in and waits for the back office. */
    public AdminPage signIn(String login, String password) {
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form button[type=submit]")));
        return AdminPage.current(driver);
    }
}
