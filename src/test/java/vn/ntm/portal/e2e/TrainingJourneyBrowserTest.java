package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.SignInPage;
import vn.ntm.portal.e2e.pages.TrainingRegistrationPage;
import vn.ntm.portal.training.certificates.PdfChecks;
import vn.ntm.portal.training.imports.ImportOptions;

/**
 * The whole series in a real browser, as the office runs it: a learner registers and gets a personal code; after the
 * session the organiser imports the Zoom participant report, and the learner shows as present on the attendance
 * screen; the organiser sets up the certificate and issues it; the PDF downloads, and the address in its QR code opens
 * the public verification page that confirms the learner's name and the programme.
 */
class TrainingJourneyBrowserTest extends BrowserTestSupport {

    private static final DateTimeFormatter ZOOM_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Value("${ntm.training.min-fill-time:3s}")
    Duration minFillTime;

    @Test
    void registerImportAttendanceCertificateAndVerify() throws Exception {
        String slug = "hanh-trinh-" + UUID.randomUUID().toString().substring(0, 8);
        // a published series open for registration, whose first session took place last week (Vietnam's time)
        LocalDateTime sessionStart = LocalDateTime.now(ImportOptions.VIETNAM).minusDays(7).withHour(8).withMinute(0).withSecond(0).withNano(0);
        Instant start = sessionStart.atZone(ImportOptions.VIETNAM).toInstant();
        long programme = jdbc.sql("""
                INSERT INTO training_programme (slug, name, summary, starts_on, ends_on, status, registration_opens_at, registration_closes_at)
                VALUES (?, 'Tập huấn hành trình đầy đủ', 'Chuỗi tập huấn thử', ?, ?, 'PUBLISHED', now() - interval '30 days', now() + interval '30 days')
                RETURNING id""")
                .params(slug, java.sql.Date.valueOf(sessionStart.toLocalDate().minusDays(1)), java.sql.Date.valueOf(sessionStart.toLocalDate().plusDays(20)))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO training_coorganiser (programme_id, name, position) VALUES (?, 'Văn phòng Điều phối nông thôn mới tỉnh', 1)")
                .param(programme).update();
        long session = jdbc.sql("INSERT INTO training_session (programme_id, number, title, starts_at, ends_at) VALUES (?, 1, 'Buổi khai mạc', ?, ?) RETURNING id")
                .params(programme, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(2)))).query(Long.class).single();
        long topic = jdbc.sql("INSERT INTO training_topic (programme_id, number, title) VALUES (?, 1, 'Tổng quan chương trình OCOP') RETURNING id")
                .param(programme).query(Long.class).single();
        jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(session, topic).update();
        jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, meeting_id, join_url) VALUES (?, ?, 'ZOOM_MEETING', '84512345678', 'https://zoom.us/j/84512345678')")
                .params(programme, session).update();
        String email = "hanh.trinh." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", "10.93.7." + (1 + (int) (programme % 250)))));
        Path report = Files.createTempFile("zoom-hanh-trinh-", ".csv");
        try {
            // 1. the learner registers and gets the code
            TrainingRegistrationPage form = TrainingRegistrationPage.open(driver, baseUrl(), slug);
            form.type("ho_ten", "Lê Thị Hồng Nhung").select("gioi_tinh", "Nữ").type("nam_sinh", "1988")
                    .type("don_vi", "Hợp tác xã Nông nghiệp Tân Lập").select("cap", "Xã").select("tinh", "Tỉnh Nghệ An")
                    .type("email", email).choose("doi_tuong", "OFFICIAL").choose("kenh", "ZOOM").choose("dong_y", "1");
            TrainingRegistrationPage.Personal confirmation = form.sendAfter(minFillTime);
            assertThat(confirmation.error()).as("the form was accepted").isEmpty();
            String code = confirmation.code();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            long registration = jdbc.sql("SELECT id FROM training_registration WHERE programme_id = ? AND lower(email) = lower(?)")
                    .params(programme, email).query(Long.class).single();
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));

            // 2. the organiser imports the session's Zoom participant report (the learner joined late and left early)
            Files.writeString(report, "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                    + "Le Thi Hong Nhung," + email + "," + ZOOM_TIME.format(sessionStart.plusMinutes(3)) + ","
                    + ZOOM_TIME.format(sessionStart.plusMinutes(115)) + ",112,No\n"
                    + "Điện thoại 0912345678,," + ZOOM_TIME.format(sessionStart.plusMinutes(10)) + ","
                    + ZOOM_TIME.format(sessionStart.plusMinutes(70)) + ",60,Yes\n", StandardCharsets.UTF_8);
            driver.manage().deleteAllCookies();
            String organiser = TestUsers.create(users, encoder, "TAP_HUAN");
            SignInPage.open(driver, baseUrl()).signIn(organiser, TestUsers.PASSWORD);
            String admin = "/quan-tri/tap-huan/" + programme;
            driver.get(url(admin + "/nhap-so-lieu"));
            new Select(driver.findElement(By.id("i-session"))).selectByValue(String.valueOf(session));
            driver.findElement(By.id("i-file")).sendKeys(report.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form[data-import-form] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("[data-notice], [data-import-errors], [data-error]")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("[data-import-errors], [data-error]"))).as("the report was accepted").isEmpty();
            assertThat(driver.findElements(By.cssSelector("tr[data-import]"))).hasSize(1);

            // 3. attendance shows the learner, present (112 of 120 minutes, late rules allow 3 minutes)
            driver.get(url(admin + "/diem-danh?buoi=" + session));
            var row = driver.findElement(By.cssSelector("tr[data-attendance='" + registration + "']"));
            assertThat(row.getText()).contains("Lê Thị Hồng Nhung");
            assertThat(row.findElement(By.cssSelector("[data-status]")).getText()).isEqualTo("Có mặt");
            assertThat(row.findElement(By.cssSelector("[data-minutes]")).getText()).contains("112");

            // 4. the organiser sets up the certificate and issues it to the learner
            driver.get(url(admin + "/chung-nhan"));
            driver.findElement(By.cssSelector("input[name=issuer]")).click();
            driver.findElement(By.id("s-title-1")).sendKeys("GIÁM ĐỐC");
            driver.findElement(By.id("s-name-1")).sendKeys("Nguyễn Văn Hùng");
            submitAndWait(driver.findElement(By.id("s-name-1")).findElement(By.xpath("ancestor::form//button[@type='submit']")));
            assertThat(driver.findElements(By.cssSelector("[data-error]"))).as("settings saved").isEmpty();
            var mine = driver.findElement(By.cssSelector("tr[data-registration='" + registration + "']"));
            assertThat(mine.findElement(By.cssSelector("[data-verdict]")).getText()).contains("Đủ điều kiện");
            submitAndWait(mine.findElement(By.cssSelector("form[action$='/" + registration + "/cap'] button[type=submit]")));
            mine = driver.findElement(By.cssSelector("tr[data-registration='" + registration + "']"));
            String number = mine.findElement(By.cssSelector("[data-number]")).getText();
            assertThat(number).matches("\\d{4}/.+");
            String pdfPath = mine.findElement(By.cssSelector("a[href$='/pdf']")).getDomAttribute("href");

            // 5. the PDF downloads (fetched by the signed-in browser) and carries the name, the number and the QR code
            String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.ok && r.headers.get('Content-Type').startsWith('application/pdf') ? r.arrayBuffer() : null)
                      .then(b => { if (!b) { done(null); return; } let s = ''; const a = new Uint8Array(b);
                        for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]); done(btoa(s)); })
                      .catch(() => done(null));""", pdfPath);
            assertThat(base64).as("the certificate PDF downloads").isNotNull();
            byte[] pdf = Base64.getDecoder().decode(base64);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(PdfChecks.text(pdf)).contains("LÊ THỊ HỒNG NHUNG").contains(number);
            String qr;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                qr = PdfChecks.qr(doc, 0);
            }
            String token = jdbc.sql("SELECT verify_token FROM training_certificate WHERE registration_id = ? AND revoked_at IS NULL")
                    .param(registration).query(String.class).single();
            assertThat(qr).endsWith("/chung-nhan/" + token);

            // 6. anyone opening the QR code's address sees the certificate confirmed
            driver.manage().deleteAllCookies();
            driver.get(url(URI.create(qr).getPath()));
            assertThat(driver.findElements(By.cssSelector("[data-valid]"))).as("shown as valid").isNotEmpty();
            assertThat(driver.findElement(By.cssSelector("[data-name]")).getText()).containsIgnoringCase("Lê Thị Hồng Nhung");
            assertThat(driver.findElement(By.cssSelector("[data-programme]")).getText()).contains("Tập huấn hành trình đầy đủ");
            assertThat(driver.findElement(By.cssSelector("[data-number]")).getText()).isEqualTo(number);
            assertThat(driver.getPageSource()).doesNotContain(email);
        } finally {
            Files.deleteIfExists(report);
            if (driver instanceof ChromeDriver c) {
                c.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
            }
        }
    }

    /** Clicks a submit button and waits for the next document (a marker set on the old window is gone). */
    private void submitAndWait(org.openqa.selenium.WebElement button) {
        String mark = "m" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.__journeyMark = arguments[0];", mark);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return !mark.equals(((JavascriptExecutor) d).executeScript("return window.__journeyMark || null;"))
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }
}
