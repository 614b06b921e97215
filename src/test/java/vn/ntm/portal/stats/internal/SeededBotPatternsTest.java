package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bot fragments as the migrations seed them: crawlers are bots, Vietnam's common in-app browsers are people. */
class SeededBotPatternsTest extends StatsDatabaseTest {

    @Test
    void zaloAndFacebookInAppReadersArePeopleTheirCrawlersAreNot() {
        BotPatterns seeded = new BotPatterns(jdbc.sql("SELECT pattern FROM bot_pattern").query(String.class).list());
        assertThat(seeded.isBot("Mozilla/5.0 (Linux; Android 12; M2101K6G Build/SKQ1.210908.001; wv) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Zalo android/12100522 "
                + "ZaloTheme/light ZaloLanguage/vn")).isFalse();
        assertThat(seeded.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Mobile/15E148 Zalo iOS/473 ZaloTheme/light ZaloLanguage/vn")).isFalse();
        assertThat(seeded.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.38.108;FBBV/600000000;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS]")).isFalse();
        assertThat(seeded.isBot("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")).isTrue();
        assertThat(seeded.isBot("Mozilla/5.0 (compatible; Zalobot/1.0)")).isTrue();
        assertThat(seeded.isBot(GOOGLEBOT)).isTrue();
        assertThat(seeded.isBot(CHROME)).isFalse();
    }
}
