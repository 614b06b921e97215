package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.AdminPage;
import vn.ntm.portal.e2e.pages.SignInPage;

/**
 * The keep-alive bar in a real browser, with a 10-second session and the bar 5 seconds ahead, so the
 * whole story runs in about twenty seconds (its own application context: no demo content needed).
 */
@Tag("browser")
@TestPropertySource(properties = {"server.servlet.session.timeout=10s", "ntm.accounts.keep-alive-warning=5s",
        "ntm.demo.enabled=false"})
class KeepAliveBrowserTest extends BrowserTestSupport {

    private static final int TIMEOUT = 10;
    private static final int WARNING = 5;

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void barWarnsBeforeTheSessionEndsKeepsItAliveOnClickAndShowsSignedOutWhenIgnored() {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        AdminPage page = SignInPage.open(driver, baseUrl()).signIn(name, TestUsers.PASSWORD);
        assertThat(page.h1()).isEqualTo("Bảng điều khiển");
        assertThat(page.keepAliveBarShown()).isFalse();

        // another tab's request moves the end of the session; the page learns it before warning
        sleep(2000);
        page.activityInAnotherTab();
        page.waitForStatusCheck(TIMEOUT);
        assertThat(Integer.parseInt(page.lastStatus())).as("time left after the other tab's request").isGreaterThan(WARNING);
        assertThat(page.keepAliveBarShown()).as("no warning while another tab keeps the session alive").isFalse();

        page.waitForKeepAliveBar(TIMEOUT);
        assertThat(page.keepAliveBar().getText()).contains("Bạn đã không sử dụng Site",
                "Bấm vào đây để duy trì trạng thái đăng nhập", "Thời gian chờ:", "giây");
        assertThat(page.keepAliveBar().getDomAttribute("role")).isEqualTo("alert");
        assertThat(page.keepAliveButton().getTagName()).isEqualTo("button");
        int first = page.secondsLeftOnBar();
        assertThat(first).isBetween(1, WARNING);
        sleep(2100);
        assertThat(page.secondsLeftOnBar()).as("counts down each second").isLessThan(first);

        int kept = page.clickKeepAlive();

        assertThat(kept).isEqualTo(TIMEOUT);
        assertThat(page.keepAliveBarShown()).isFalse();
        assertThat(page.serverStatus()).as("the server extended the session")
                .matches("\\{\"signedIn\":true,\"remaining\":([89]|10)}");

        page.waitForKeepAliveBar(TIMEOUT);
        page.waitForSignedOut(WARNING + 5);
        assertThat(page.keepAliveBarShown()).isFalse();
        assertThat(page.signedOutText()).contains("Phiên đăng nhập đã kết thúc, bạn đã đăng xuất.");
        assertThat(page.signedInUser()).isEmpty();
        assertThat(page.serverStatus()).isEqualTo("{\"signedIn\":false,\"remaining\":0}");

        driver.get(url("/quan-tri"));
        assertThat(driver.getCurrentUrl()).as("the server ended the session").endsWith("/dang-nhap");
    }

    @Test
    void unsavedTextIsKeptInTheBrowserAndOfferedBack() {
        String name = TestUsers.create(users, encoder, Roles.REPORTER);
        SignInPage.open(driver, baseUrl()).signIn(name, TestUsers.PASSWORD);
        driver.get(url("/quan-tri/tai-khoan"));
        AdminPage page = AdminPage.current(driver);
        // the article editor's text area, as a screen of another module would render it
        String addEditor = "var t = document.createElement('textarea'); t.name = 'noi-dung'; t.id = 'noi-dung';"
                + "document.getElementById('main').appendChild(t); window.NtmDrafts.attach();";
        page.js(addEditor);
        driver.findElement(org.openqa.selenium.By.id("noi-dung")).sendKeys("Xã Tân Phú đạt chuẩn nông thôn mới nâng cao");
        sleep(600);

        driver.navigate().refresh();
        page = AdminPage.current(driver);
        page.js(addEditor);
        var restore = driver.findElement(org.openqa.selenium.By.cssSelector(".draft-restore button"));
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".draft-restore")).getText())
                .contains("Có bản nháp chưa lưu");
        restore.click();

        assertThat(driver.findElement(org.openqa.selenium.By.id("noi-dung")).getDomProperty("value"))
                .isEqualTo("Xã Tân Phú đạt chuẩn nông thôn mới nâng cao");
        assertThat(page.has(org.openqa.selenium.By.cssSelector(".draft-restore"))).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
