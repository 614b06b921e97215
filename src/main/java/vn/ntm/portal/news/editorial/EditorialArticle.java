package vn.ntm.portal.news.editorial;

import java.time.Instant;

/** An article as the back office sees it, whatever its status. */
public record EditorialArticle(
        long id,
        String slug,
        String title,
        String lead,
        String bodyHtml,
        long categoryId,
        ArticleStatus status,
        String authorName,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        String createdBy,
        String createdByName,
        String returnReason,
        Instant scheduledAt,
        Instant expiresAt,
        ExpiryAction expiryAction,
        String lockedBy,
        String lockedByName,
        Instant lockedAt,
        String sourceName,
        String sourceUrl) {

    public Workflow.ArticleState state() {
        return new Workflow.ArticleState(status, categoryId, createdBy);
    }

    public String publicPath() {
        return vn.ntm.portal.news.domain.Article.pathOf(slug, id);
    }
}
