package vn.ntm.portal.news;

import java.time.Instant;

/** An article went live on the public site (published now, or by the scheduler at its time). */
public record ArticlePublished(long articleId, Instant publishedAt) {
}
