package vn.ntm.portal.stats;

import jakarta.servlet.http.HttpServletRequest;

/** What other modules may ask of visitor statistics. */
public interface StatsApi {

    /** The visitor of the current request (resolved once per request by the statistics filter). */
    Visitor visitor(HttpServletRequest request);

    /** Counts a view of an article: once per visitor per article per 30 minutes; never for bots. */
    void articleViewed(long articleId, Visitor visitor);

    /** Views of an article counted on this node and not yet written to the database. */
    long pendingArticleViews(long articleId);

    /** The figures of the "Thống kê" block. */
    CounterSnapshot counters();
}
