package vn.ntm.portal.polls.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ntm.polls.*}: how many ballots one address may cast per public poll within the window (offices and schools
 * share one address behind NAT, hence a generous default), and how long each node keeps a poll and its counts.
 */
@ConfigurationProperties("ntm.polls")
public record PollsProperties(Integer maxVotesPerIp, Duration ipWindow, Duration cacheTtl) {

    public PollsProperties {
        maxVotesPerIp = maxVotesPerIp == null ? 20 : maxVotesPerIp;
        ipWindow = ipWindow == null ? Duration.ofHours(24) : ipWindow;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(1) : cacheTtl;
        if (maxVotesPerIp < 1) {
            throw new IllegalArgumentException("ntm.polls.max-votes-per-ip must be at least 1");
        }
    }
}
