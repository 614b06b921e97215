package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BotPatternsTest {

    // a few of the patterns seeded by V5__stats.sql, deliberately in mixed case and with blanks
    private final BotPatterns patterns = new BotPatterns(List.of("Bot", " crawl ", "spider", "curl", "", "facebookexternalhit"));

    @Test
    void missingOrEmptyUserAgentIsABot() {
        assertThat(patterns.isBot(null)).isTrue();
        assertThat(patterns.isBot("")).isTrue();
        assertThat(patterns.isBot("   ")).isTrue();
    }

    @Test
    void crawlersAreBots() {
        assertThat(patterns.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
        assertThat(patterns.isBot("curl/8.5.0")).isTrue();
        assertThat(patterns.isBot("FACEBOOKEXTERNALHIT/1.1")).isTrue();
    }

    @Test
    void browsersAreNotBots() {
        assertThat(patterns.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/126.0.0.0 Safari/537.36")).isFalse();
        assertThat(patterns.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isFalse();
    }

    @Test
    void blankPatternsAreIgnoredInsteadOfMatchingEverything() {
        assertThat(patterns.fragments()).containsExactly("bot", "crawl", "spider", "curl", "facebookexternalhit");
    }
}
