package vn.ntm.portal.news.domain;

import java.time.Instant;

/** A published article as the public site shows it. */
public record Article(
        long id,
        String slug,
        String title,
        String lead,
        String bodyHtml,
        long mainCategoryId,
        Instant publishedAt,
        Instant updatedAt,
        String authorName,
        String sourceName,
        String sourceUrl,
        String imagePath,
        String imageAlt,
        String imageCaption,
        long viewCount,
        long ratingSum,
        long ratingCount) {

    /** The same article with its body replaced, e.g. by the sanitised body. */
    public Article withBody(String html) {
        return new Article(id, slug, title, lead, html, mainCategoryId, publishedAt, updatedAt, authorName, sourceName,
                sourceUrl, imagePath, imageAlt, imageCaption, viewCount, ratingSum, ratingCount);
    }

    /** Canonical path: readable slug plus the stable id, e.g. {@code /tin-tuc/hon-100000-luot-120883}. */
    public String path() {
        return pathOf(slug, id);
    }

    public static String pathOf(String slug, long id) {
        return "/tin-tuc/" + slug + "-" + id;
    }
}
