package vn.ntm.portal.news.domain;

import java.util.List;

/** An article with everything its page shows that changes rarely; cached as a whole. */
public record ArticleDetail(Article article, Category category, List<Category> ancestry,
                            List<ArticleSummary> newer, List<ArticleSummary> older,
                            List<Tag> tags, List<Attachment> attachments) {
}
