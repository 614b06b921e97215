package vn.ntm.portal.demo.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One generated article, ready to insert. {@code secondaryCategoryId} and {@code attachment} may be null;
 * {@code imagePath} is null for the few articles without a home image.
 */
public record DemoArticle(String slug, String title, String lead, String bodyHtml, long categoryId,
                          Long secondaryCategoryId, OffsetDateTime publishedAt, String authorName,
                          String sourceName, String sourceUrl, String imagePath, String imageAlt,
                          String imageCaption, boolean featured, long viewCount, long ratingSum,
                          long ratingCount, List<String> tags, DemoFile attachment) {
}
