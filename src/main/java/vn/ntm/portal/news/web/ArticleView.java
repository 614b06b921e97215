package vn.ntm.portal.news.web;

import vn.ntm.portal.feedback.HelpfulView;
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
 * @param helpfulNotice the value of the {@code huu-ich} query parameter after a "helpful?" vote, or null
 */
public record ArticleView(ArticleDetail detail, RatingView rating, String viewsText, String csrfParam, String csrfToken,
                          String notice, boolean noticeIsError, String helpfulNotice) {

    /** "Thông tin này có hữu ích không?", without counts: the page is cached, and the counts belong to the back office. */
    public HelpfulView helpful() {
        return HelpfulView.of(ArticleHelpfulTarget.TYPE, detail.article().id(), csrfParam, csrfToken, helpfulNotice, null);
    }

    public String dateLine() {
        return VietnameseFormat.weekdayDateTime(detail.article().publishedAt());
    }
}
