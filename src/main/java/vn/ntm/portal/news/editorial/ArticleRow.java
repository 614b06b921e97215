package vn.ntm.portal.news.editorial;

import java.time.Instant;

/** One line of the admin list. */
public record ArticleRow(long id, String title, long categoryId, ArticleStatus status, String createdByName, Instant updatedAt,
                         Instant publishedAt, Instant scheduledAt, String lockedByName, ArticleFilter.Cursor cursor) {
}
