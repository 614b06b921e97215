package vn.ntm.portal.news.editorial;

import java.time.Instant;

/** Who holds an article's edit lock and since when; {@code mine} when it is the one asking. */
public record EditLock(String holderId, String holderName, Instant since, boolean mine) {
}
