package vn.ntm.portal.stats;

/** Human visits: online now (last 5 minutes), today, this month, all time. */
public record CounterSnapshot(long onlineNow, long today, long thisMonth, long total) {
}
