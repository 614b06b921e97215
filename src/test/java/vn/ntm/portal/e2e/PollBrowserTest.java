package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Voting from the "Thăm dò ý kiến" sidebar block in Chromium: with JavaScript in one step, without it through the
 * poll page's confirmation. Headless Chromium's user agent ("HeadlessChrome") counts as a bot, whose votes are refused
 * (403), so these browsers present an ordinary Chrome user agent through DevTools.
 */
@Tag("browser")
class PollBrowserTest extends BrowserTestSupport {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderVotesFromTheSidebarWithAndWithoutJavaScript() {
        String slug = "tham-do-trinh-duyet-" + System.nanoTime() % 1_000_000;
        long poll = jdbc.sql("""
                        INSERT INTO poll (slug, question, opens_at, results_visibility) VALUES (?, 'Bạn đọc tin trên thiết bị nào?', ?, 'ALWAYS')
                        RETURNING id""").params(slug, Timestamp.from(Instant.now().minus(Duration.ofHours(1)))).query(Long.class).single();
        List<Long> options = List.of("Điện thoại", "Máy tính", "Máy tính bảng").stream()
                .map(label -> jdbc.sql("INSERT INTO poll_option (poll_id, label, position) VALUES (?, ?, 10) RETURNING id")
                        .params(poll, label).query(Long.class).single()).toList();
        jdbc.sql("UPDATE poll SET featured = false WHERE featured").update();
        jdbc.sql("UPDATE poll SET featured = true WHERE id = ?").param(poll).update();

        // with JavaScript: tick in the block, press "Bình chọn", land on the poll thanked, the vote counted
        asChrome(driver);
        openBlockWith(driver, slug);
        driver.findElement(By.id("block-poll-" + options.get(1))).click();
        driver.findElement(By.cssSelector("form[data-poll-block] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("tb=cam-on"));
        assertThat(driver.findElement(By.cssSelector("[data-poll-notice]")).getText()).contains("Cảm ơn bạn đã tham gia bình chọn.");
        assertThat(driver.findElements(By.cssSelector("form[data-poll-vote]"))).isEmpty();
        assertThat(ballots(poll, options.get(1))).isEqualTo(1);

        // without JavaScript: the block opens the poll page with the choice ticked; "Gửi bình chọn" confirms it
        try (Browser noJs = Browser.start(false)) {
            WebDriver plain = noJs.driver();
            asChrome(plain);
            openBlockWith(plain, slug);
            plain.findElement(By.id("block-poll-" + options.get(2))).click();
            plain.findElement(By.cssSelector("form[data-poll-block] button[type=submit]")).click();
            new WebDriverWait(plain, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("form[data-poll-vote]")).isEmpty());
            assertThat(plain.findElement(By.cssSelector("[data-poll-notice]")).getText()).contains("Bấm “Gửi bình chọn” để xác nhận.");
            assertThat(plain.findElement(By.id("poll-option-" + options.get(2))).isSelected()).isTrue();
            assertThat(ballots(poll, options.get(2))).as("nothing is counted before the confirmation").isZero();
            plain.findElement(By.cssSelector("form[data-poll-vote] button[type=submit]")).click();
            new WebDriverWait(plain, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("tb=cam-on"));
            assertThat(plain.findElement(By.cssSelector("[data-poll-notice]")).getText()).contains("Cảm ơn bạn đã tham gia bình chọn.");
            assertThat(ballots(poll, options.get(2))).isEqualTo(1);
            String results = plain.findElement(By.id("ket-qua")).getText();
            assertThat(results).contains("Tổng số người tham gia:");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM poll_ballot WHERE poll_id = ?").param(poll).query(Long.class).single()).isEqualTo(2);
        jdbc.sql("UPDATE poll SET featured = false WHERE id = ?").param(poll).update();
    }

    private static void asChrome(WebDriver driver) {
        ((ChromiumDriver) driver).executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", CHROME));
    }

    /** Opens the home page until the sidebar (re-rendered every 2 s) shows the poll. */
    private void openBlockWith(WebDriver d, String slug) {
        new WebDriverWait(d, Duration.ofSeconds(15)).until(w -> {
            w.get(url("/"));
            return !w.findElements(By.cssSelector("form[data-poll-block][action='/tham-do/" + slug + "']")).isEmpty();
        });
    }

    private long ballots(long poll, long option) {
        return jdbc.sql("SELECT count(*) FROM poll_ballot_choice WHERE poll_id = ? AND option_id = ?").params(poll, option)
                .query(Long.class).single();
    }
}
