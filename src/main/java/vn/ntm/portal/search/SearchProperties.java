package vn.ntm.portal.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the site search.
 *
 * @param indexDir        this node's index directory (each node has its own); default {@code data/search-index}
 * @param pollInterval    how often the node reads the change log; default 400 ms
 * @param gapTimeout      how long a missing change-log id (a transaction not yet committed) is looked for again; 60 s
 * @param purgeAge        change-log rows older than this are deleted; a checkpoint older than that rebuilds; 1 day
 * @param rebuildOnStart  rebuild this node's index at start (the command-line way to rebuild); default false
 * @param naiveEndpoint   enable the benchmark's {@code /tim-kiem/ilike} comparison endpoint; default false (404)
 * @param cachedPages     result pages each node keeps for repeated searches (keyed by the index version, so never
 *                        stale); default 2,000; 0 turns the cache off
 */
@ConfigurationProperties("ntm.search")
public record SearchProperties(Path indexDir, Duration pollInterval, Duration gapTimeout, Duration purgeAge,
                               Boolean rebuildOnStart, Boolean naiveEndpoint, Integer cachedPages) {

    public SearchProperties {
        indexDir = indexDir == null ? Path.of("data/search-index") : indexDir;
        pollInterval = pollInterval == null ? Duration.ofMillis(400) : pollInterval;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        purgeAge = purgeAge == null ? Duration.ofDays(1) : purgeAge;
        rebuildOnStart = rebuildOnStart != null && rebuildOnStart;
        naiveEndpoint = naiveEndpoint != null && naiveEndpoint;
        cachedPages = cachedPages == null ? 2_000 : Math.max(0, cachedPages);
    }
}
