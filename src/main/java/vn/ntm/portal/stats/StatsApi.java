package vn.ntm.portal.stats;

import jakarta.servlet.http.HttpServletRequest;

/** What other modules may ask of visitor statistics. */
public interface StatsApi {

    /** The visitor of the current request (resolved once per request by the statistics filter). */
    Visitor visitor(HttpServletRequest request);

    /** Counts a view of an article: once per visitor per article per 30 minutes; never for bots. */
    void articleViewed(long articleId, Visitor visitor);

    /**
     * Counts a view of a document page for the statistics' top documents: once per visitor per document
     * per 30 minutes on this node; never for bots or excluded addresses.
     */
    void documentViewed(long documentId, Visitor visitor);

    /** True when the visitor's address is in an excluded range: such requests count nothing anywhere. */
    boolean excluded(Visitor visitor);

    /** Views of an article counted on this node and not yet written to the database. */
    long pendingArticleViews(long articleId);

    /** The figures of the "Thống kê" block. */
    CounterSnapshot counters();
}
