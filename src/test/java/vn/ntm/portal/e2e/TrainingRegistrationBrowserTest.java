package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.e2e.pages.TrainingRegistrationPage;

/**
 * Registration for a training series in a real browser: the form hides what does not apply (producer details for
 * an official, a question shown only on another's answer), the confirmation shows the personal code and a QR code
 * of the personal page, and the code opens that page again.
 */
class TrainingRegistrationBrowserTest extends BrowserTestSupport {

    /** The demo's upcoming programme, open for registration, with two custom questions. */
    static final String SLUG = "tap-huan-nang-cao-chat-luong-san-pham-ocop";
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @Autowired
    JdbcClient jdbc;
    @Value("${ntm.training.min-fill-time:3s}")
    Duration minFillTime;

    private String phone;

    @BeforeEach
    void ownClientAddress() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", "10.81." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1))));
    }

    @AfterEach
    void cleanUp() {
        if (driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
        if (phone != null) {
            jdbc.sql("UPDATE training_capacity c SET taken = greatest(taken - 1, 0) FROM training_registration r"
                    + " WHERE r.phone = ? AND c.programme_id = r.programme_id AND c.channel = r.channel AND r.status = 'REGISTERED'").param(phone).update();
            jdbc.sql("DELETE FROM training_registration WHERE phone = ?").param(phone).update();
        }
    }

    @Test
    void aVisitorRegistersGetsTheCodeAndQrAndOpensThePersonalPageWithTheCode() throws Exception {
        phone = "+8497" + String.format("%07d", System.nanoTime() % 10_000_000);
        TrainingRegistrationPage form = TrainingRegistrationPage.open(driver, baseUrl(), SLUG);
        assertThat(form.honeypotValue()).isEmpty();
        long ocop = jdbc.sql("SELECT q.id FROM training_question q JOIN training_programme p ON p.id = q.programme_id WHERE p.slug = ? AND q.kind = 'YES_NO'")
                .param(SLUG).query(Long.class).single();
        long stars = jdbc.sql("SELECT q.id FROM training_question q JOIN training_programme p ON p.id = q.programme_id WHERE p.slug = ? AND q.kind = 'SINGLE'")
                .param(SLUG).query(Long.class).single();
        form.type("ho_ten", "Trịnh Thị Ngọc Ánh").select("gioi_tinh", "Nữ").type("nam_sinh", "1990").type("don_vi", "Phòng Kinh tế xã Tân Phú")
                .select("cap", "Xã").select("tinh", "Thành phố Hà Nội").type("dien_thoai", phone.replace("+84", "0"))
                .choose("doi_tuong", "OFFICIAL").choose("kenh", "ZOOM");
        assertThat(form.shown("san_pham")).as("producer fields hidden for an official").isFalse();
        form.choose("doi_tuong", "PRODUCER");
        assertThat(form.shown("san_pham")).as("and shown for a producer").isTrue();
        form.choose("doi_tuong", "OFFICIAL");
        assertThat(form.shown("q" + stars)).as("the stars question waits for a yes").isFalse();
        form.choose("q" + ocop, "co");
        assertThat(form.shown("q" + stars)).isTrue();
        form.choose("q" + stars, "4 sao").choose("dong_y", "1");

        TrainingRegistrationPage.Personal confirmation = form.sendAfter(minFillTime);
        assertThat(confirmation.error()).as("the form was accepted").isEmpty();
        assertThat(confirmation.registeredNotice()).isTrue();
        String code = confirmation.code();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(confirmation.hasQr()).isTrue();
        assertThat(confirmation.link()).endsWith("/tap-huan/" + SLUG + "/dang-ky/" + code.replace("-", ""));
        assertThat(confirmation.status()).isEqualTo("Đã đăng ký");
        assertThat(driver.getPageSource()).contains("https://zoom.us/j/");
        assertThat(jdbc.sql("SELECT answers ->> ? FROM training_registration WHERE phone = ?").params(String.valueOf(stars), phone)
                .query(String.class).single()).isEqualTo("4 sao");

        // another visit: the code typed on the look-up page opens the personal page
        driver.manage().deleteAllCookies();
        driver.get(url("/tap-huan/" + SLUG + "/dang-ky/tra-cuu"));
        driver.findElement(By.id("ma")).sendKeys(code.toLowerCase());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        TrainingRegistrationPage.Personal again = new TrainingRegistrationPage.Personal(driver);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("[data-code]")).isEmpty());
        assertThat(again.code()).isEqualTo(code);
        assertThat(again.status()).isEqualTo("Đã đăng ký");
    }
}
