package vn.ntm.portal.news.domain;

import java.time.Instant;

/** What a list of articles shows of each. */
public record ArticleSummary(long id, String slug, String title, String lead, Instant publishedAt,
                             String imagePath, String imageAlt) {

    public String path() {
        return Article.pathOf(slug, id);
    }
}
