package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.imports.ImportOptions;
import vn.ntm.portal.training.imports.ZoomReportGenerator;
import vn.ntm.portal.e2e.pages.SignInPage;

/**
 * The import form in a real browser: a large Zoom report uploaded through the script, which shows the upload
 * percentage and then "Đang xử lý…", and lands on the list with the notice; then an invalid file shows its
 * row-numbered errors in the page the script puts in place.
 */
@Tag("browser")
class TrainingImportBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aLargeReportUploadsWithProgressAndABadOneShowsItsErrors() throws Exception {
        long programme = jdbc.sql("""
                INSERT INTO training_programme (slug, name, starts_on, ends_on, status) VALUES (?, 'Tập huấn thử nhập tệp lớn', DATE '2021-09-28',
                DATE '2021-10-18', 'PUBLISHED') RETURNING id""").param("nhap-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        java.time.Instant start = ZoomReportGenerator.START.atZone(ImportOptions.VIETNAM).toInstant();
        long session = jdbc.sql("INSERT INTO training_session (programme_id, number, starts_at, ends_at) VALUES (?, 1, ?, ?) RETURNING id")
                .params(programme, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(ZoomReportGenerator.SESSION_MINUTES))))
                .query(Long.class).single();
        ZoomReportGenerator.Generated report = ZoomReportGenerator.generate(30_000, 7);
        Path file = Files.createTempFile("zoom-bao-cao-", ".csv");
        Files.write(file, report.bytes());
        Path bad = Files.createTempFile("zoom-loi-", ".csv");
        Files.writeString(bad, "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Nguyễn Văn An,an@example.vn,09/28/2021 08:00:00 AM,09/28/2021 09:00:00 AM,60,No\n"
                + "Trần Thị Bình,binh@example.vn,hôm qua,09/28/2021 09:00:00 AM,60,No\n");
        try {
            String name = TestUsers.create(users, encoder, "TAP_HUAN");
            SignInPage.open(driver, baseUrl()).signIn(name, TestUsers.PASSWORD);
            driver.get(url("/quan-tri/tap-huan/" + programme + "/nhap-so-lieu"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            assertThat(driver.findElement(By.cssSelector("[data-import-progress]")).isDisplayed()).isFalse();
            new Select(driver.findElement(By.id("i-kind"))).selectByValue("ZOOM_MEETING");
            driver.findElement(By.id("i-file")).sendKeys(file.toString());
            // every text the status line shows, recorded as it changes (on loopback the upload takes a moment only)
            ((JavascriptExecutor) driver).executeScript("""
                    window.__statuses = [];
                    var s = document.querySelector('[data-import-status]');
                    new MutationObserver(function () {
                        window.__statuses.push(s.textContent);
                        sessionStorage.setItem('statuses', JSON.stringify(window.__statuses));
                    })
                        .observe(s, {childList: true, characterData: true, subtree: true});""");
            driver.findElement(By.cssSelector("form[data-import-form] button[type=submit]")).click();
            wait.until(d -> d.getCurrentUrl().contains("nhap="));
            @SuppressWarnings("unchecked")
            List<String> statuses = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return JSON.parse(sessionStorage.getItem('statuses') || '[]');");
            assertThat(statuses).anySatisfy(t -> assertThat(t).startsWith("Đang tải lên: ").endsWith(" %"));
            assertThat(statuses).contains("Đang xử lý…");
            assertThat(driver.findElement(By.cssSelector("[data-notice]")).getText()).contains("Đã nhập " + file.getFileName(),
                    "báo cáo người tham gia cuộc họp Zoom");
            long stored = jdbc.sql("SELECT sum(cardinality(joined_at)) FROM training_zoom_person WHERE session_id = ?")
                    .param(session).query(Long.class).single();
            assertThat(stored).isEqualTo(report.rows() - report.waitingRoomRows());

            driver.findElement(By.id("i-file")).sendKeys(bad.toString());
            driver.findElement(By.cssSelector("form[data-import-form] button[type=submit]")).click();
            wait.until(d -> !d.findElements(By.cssSelector("[data-import-errors]")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("[data-error]")).getText()).contains("Không có số liệu nào được lưu");
            assertThat(driver.findElement(By.cssSelector("[data-import-errors]")).getText()).contains("Dòng 3:");
            assertThat(jdbc.sql("SELECT count(*) FROM training_import WHERE session_id = ?").param(session).query(Long.class).single()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(bad);
        }
    }
}
