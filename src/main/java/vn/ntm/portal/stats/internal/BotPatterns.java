package vn.ntm.portal.stats.internal;

import java.util.List;
import java.util.Locale;

/** User-agent fragments that mark a bot; matched as lower-case substrings. */
record BotPatterns(List<String> fragments) {

    /** Used until the table has been read, so an early request from a crawler is not taken for a person. */
    static final BotPatterns FALLBACK = new BotPatterns(List.of("bot", "crawl", "spider", "slurp", "curl", "wget"));

    /** Lower-cased and trimmed; blank fragments dropped, since "" would match every user agent. */
    BotPatterns {
        fragments = fragments.stream()
                .filter(f -> f != null && !f.isBlank())
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** True for a user agent matching a fragment, and for a missing or blank one: browsers always send it. */
    boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            if (ua.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
