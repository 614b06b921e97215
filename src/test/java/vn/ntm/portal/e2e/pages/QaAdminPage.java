package vn.ntm.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff's questions, /quan-tri/hoi-dap: the list and one question's screen. */
public final class QaAdminPage extends PageObject {

    private QaAdminPage(WebDriver driver) {
        super(driver);
        waitForLoad(driver, wait);
        wait.until(d -> !d.findElements(By.cssSelector("body.admin")).isEmpty());
    }

    public static QaAdminPage current(WebDriver driver) {
        return new QaAdminPage(driver);
    }

    /** From the back office's menu to the list of questions. */
    public static QaAdminPage fromMenu(WebDriver driver) {
        QaAdminPage page = new QaAdminPage(driver);
        page.clickAndWaitForNewPage(linkWithText(driver.findElements(By.cssSelector("a[href='/quan-tri/hoi-dap']")), "Hỏi đáp"));
        return new QaAdminPage(driver);
    }

    /** Chooses a status in the list's filter and applies it. */
    public QaAdminPage filterByStatus(String label) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[name=trang-thai]"))).selectByVisibleText(label);
        clickAndWaitForNewPage(driver.findElement(By.xpath("//button[normalize-space()='Lọc']")));
        return new QaAdminPage(driver);
    }

    /** Opens the question with this title, paging through the list until it shows. */
    public QaAdminPage openQuestion(String title) {
        for (int page = 0; page < 50; page++) {
            List<WebElement> links = driver.findElements(By.cssSelector("table.data tbody th a"));
            for (WebElement a : links) {
                if (text(a).equals(title)) {
                    clickAndWaitForNewPage(a);
                    return new QaAdminPage(driver);
                }
            }
            List<WebElement> next = driver.findElements(By.cssSelector("nav.pager a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            clickAndWaitForNewPage(next.get(0));
        }
        throw new NoSuchElementException("no question titled '" + title + "' in the staff list");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h2")).getText().strip();
    }

    public String status() {
        return driver.findElement(By.cssSelector("[data-status]")).getText().strip();
    }

    public boolean offersAttachmentDownload(long id) {
        return driver.findElements(By.cssSelector("[data-attachment]")).stream()
                .anyMatch(a -> ("/quan-tri/hoi-dap/" + id + "/tep-dinh-kem").equals(a.getDomAttribute("href")));
    }

    public QaAdminPage saveDraft(String text) {
        WebElement draft = driver.findElement(By.id("draft"));
        draft.clear();
        draft.sendKeys(text);
        clickAndWaitForNewPage(driver.findElement(By.xpath("//button[normalize-space()='Lưu dự thảo']")));
        return new QaAdminPage(driver);
    }

    public boolean approveOffered() {
        return !driver.findElements(By.xpath("//button[normalize-space()='Duyệt câu trả lời và báo cho người hỏi']")).isEmpty();
    }

    public QaAdminPage approve() {
        clickAndWaitForNewPage(driver.findElement(By.xpath("//button[normalize-space()='Duyệt câu trả lời và báo cho người hỏi']")));
        return new QaAdminPage(driver);
    }

    public String notice() {
        return has(By.cssSelector("[data-notice]")) ? driver.findElement(By.cssSelector("[data-notice]")).getText().strip() : "";
    }

    public String approvedAnswer() {
        return driver.findElement(By.cssSelector("[data-answer]")).getText().strip();
    }
}
