package vn.ntm.portal.search.internal;

import java.time.Instant;

/**
 * A checked search: the parsed text, optional filters (kind code, category id, published from/to, both
 * inclusive as instants), 1-based page, and newest-first instead of relevance.
 */
public record SearchRequest(QueryText query, String kind, Long categoryId, Instant from, Instant toExclusive,
                            int page, boolean newestFirst) {

    public static final int MAX_LENGTH = QueryText.MAX_LENGTH;
    public static final int MAX_CLAUSES = QueryText.MAX_CLAUSES;

    public static QueryText parse(String raw) {
        return QueryText.parse(raw);
    }
}
