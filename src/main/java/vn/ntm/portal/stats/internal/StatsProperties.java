package vn.ntm.portal.stats.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of visitor statistics ({@code ntm.stats.*}); every value has the default the portal needs.
 *
 * @param flushInterval   pause between two writes of the in-memory counters (also read by {@code @Scheduled})
 * @param visitTimeout    inactivity after which the next request starts a new visit
 * @param onlineWindow    a visitor seen within this window counts as "online now"
 * @param viewWindow      an article view counts once per visitor within this window
 * @param cookieRefresh   the visitor cookie is re-issued only when its stamp is at least this old
 * @param cookieMaxAge    lifetime of the visitor cookie in the browser
 * @param viewCacheSize   bound of the per-node memory of recent article views
 * @param countersCacheTtl how long the figures of the sidebar block are reused
 */
@ConfigurationProperties("ntm.stats")
public record StatsProperties(Duration flushInterval, Duration visitTimeout, Duration onlineWindow,
                              Duration viewWindow, Duration cookieRefresh, Duration cookieMaxAge,
                              int viewCacheSize, Duration countersCacheTtl) {

    public StatsProperties {
        flushInterval = orDefault(flushInterval, Duration.ofSeconds(1));
        visitTimeout = orDefault(visitTimeout, Duration.ofMinutes(30));
        onlineWindow = orDefault(onlineWindow, Duration.ofMinutes(5));
        viewWindow = orDefault(viewWindow, Duration.ofMinutes(30));
        cookieRefresh = orDefault(cookieRefresh, Duration.ofMinutes(1));
        cookieMaxAge = orDefault(cookieMaxAge, Duration.ofDays(730));
        viewCacheSize = viewCacheSize > 0 ? viewCacheSize : 500_000;
        countersCacheTtl = orDefault(countersCacheTtl, Duration.ofSeconds(2));
    }

    /** All defaults, for tests and tools. */
    public static StatsProperties defaults() {
        return new StatsProperties(null, null, null, null, null, null, 0, null);
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
