package vn.ntm.portal.stats.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bot patterns from table {@code bot_pattern}, held in memory and re-read every minute so an edit
 * reaches every node without a restart. Read lazily: the first request loads them.
 */
@Component
class BotDetector {

    private static final Logger log = LoggerFactory.getLogger(BotDetector.class);

    private final JdbcClient jdbc;
    private volatile BotPatterns patterns;

    BotDetector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBot(String userAgent) {
        BotPatterns p = patterns;
        if (p == null) {
            p = reload();
        }
        return p.isBot(userAgent);
    }

    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    void refresh() {
        reload();
    }

    private BotPatterns reload() {
        try {
            patterns = new BotPatterns(jdbc.sql("SELECT pattern FROM bot_pattern").query(String.class).list());
        } catch (RuntimeException e) {
            log.warn("Could not read bot patterns; keeping the previous ones", e);
            if (patterns == null) {
                return BotPatterns.FALLBACK;
            }
        }
        return patterns;
    }
}
