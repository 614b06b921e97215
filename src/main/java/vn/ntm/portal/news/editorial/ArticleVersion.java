package vn.ntm.portal.news.editorial;

import java.time.Instant;

/** One saved state of an article: every save, workflow step and restore adds one. */
public record ArticleVersion(long articleId, int number, String title, String lead, String bodyHtml, ArticleStatus status,
                             String editor, String editorName, Instant createdAt, String note) {
}
