package vn.ntm.portal.feedback;

/**
 * What the {@code tag/helpful} template needs: where the vote goes, the page's CSRF field, the thank-you
 * after a counted vote (or null), and the counts to show (or null where a page is cached and shows none).
 */
public record HelpfulView(String action, String csrfParam, String csrfToken, String notice, Helpfulness.Counts counts) {

    public static HelpfulView of(String type, long id, String csrfParam, String csrfToken, String noticeParam,
                                 Helpfulness.Counts counts) {
        return new HelpfulView(HelpfulTarget.action(type, id), csrfParam, csrfToken, HelpfulNotice.of(noticeParam), counts);
    }
}
