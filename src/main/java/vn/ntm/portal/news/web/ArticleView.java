package vn.ntm.portal.news.web;

import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * The article page.
 *
 * @param detail        the cached article with its lists
 * @param rating        live rating figures
 * @param viewsText     live view count, formatted
 * @param csrfParam     form field name of the CSRF token
 * @param csrfToken     the CSRF token value for the rating form
 * @param notice        a message about the reader's vote, or null
 * @param noticeIsError whether {@code notice} reports a refusal
 */
public record ArticleView(ArticleDetail detail, RatingView rating, String viewsText, String csrfParam, String csrfToken,
                          String notice, boolean noticeIsError) {

    public String dateLine() {
        return VietnameseFormat.weekdayDateTime(detail.article().publishedAt());
    }
}
