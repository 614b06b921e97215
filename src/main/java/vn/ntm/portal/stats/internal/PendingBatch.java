package vn.ntm.portal.stats.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts gathered on this node since the last flush. Thread-safe for many writers; {@link StatsCounter}
 * makes sure nobody writes to a batch any more once it is handed to the flusher. All figures are
 * deltas, so several nodes can add theirs to the same rows.
 */
final class PendingBatch {

    /** One row of {@code stats_hourly}: the hour (epoch second of its start) and human or bot. */
    record HourKey(long hour, boolean human) {
    }

    record HourDelta(long hour, boolean human, long visits, long pageViews) {
    }

    /** A counted article view: who, which article, when (epoch millis). */
    record View(UUID visitorId, long articleId, long atMillis) {
    }

    private record ViewKey(UUID visitorId, long articleId) {
    }

    private static final class Tally {
        final LongAdder visits = new LongAdder();
        final LongAdder pageViews = new LongAdder();
    }

    private final Map<HourKey, Tally> hourly = new ConcurrentHashMap<>();
    private final Set<UUID> online = ConcurrentHashMap.newKeySet();
    private final Map<ViewKey, Long> views = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> viewsByArticle = new ConcurrentHashMap<>();

    void count(long hour, boolean human, long visits, long pageViews) {
        Tally t = hourly.computeIfAbsent(new HourKey(hour, human), k -> new Tally());
        t.visits.add(visits);
        t.pageViews.add(pageViews);
    }

    void online(UUID visitorId) {
        online.add(visitorId);
    }

    void view(UUID visitorId, long articleId, long atMillis) {
        // one row per (visitor, article) in a batch: the upsert may not touch a row twice
        if (views.putIfAbsent(new ViewKey(visitorId, articleId), atMillis) == null) {
            viewsByArticle.computeIfAbsent(articleId, k -> new LongAdder()).increment();
        }
    }

    long pendingViews(long articleId) {
        LongAdder n = viewsByArticle.get(articleId);
        return n == null ? 0 : n.sum();
    }

    long humanVisitsSince(long epochSecond) {
        long sum = 0;
        for (Map.Entry<HourKey, Tally> e : hourly.entrySet()) {
            if (e.getKey().human() && e.getKey().hour() >= epochSecond) {
                sum += e.getValue().visits.sum();
            }
        }
        return sum;
    }

    boolean isEmpty() {
        return hourly.isEmpty() && online.isEmpty() && views.isEmpty();
    }

    /** Adds everything here to {@code target}: puts back a batch whose write failed. */
    void addTo(PendingBatch target) {
        hourly.forEach((k, t) -> target.count(k.hour(), k.human(), t.visits.sum(), t.pageViews.sum()));
        online.forEach(target::online);
        views.forEach((k, at) -> target.view(k.visitorId(), k.articleId(), at));
    }

    // The lists below are sorted so that all nodes lock rows in the same order (fewer deadlocks).

    List<HourDelta> hourDeltas() {
        return hourly.entrySet().stream()
                .map(e -> new HourDelta(e.getKey().hour(), e.getKey().human(),
                        e.getValue().visits.sum(), e.getValue().pageViews.sum()))
                .sorted(Comparator.comparingLong(HourDelta::hour).thenComparing(HourDelta::human))
                .toList();
    }

    List<UUID> onlineIds() {
        return online.stream().sorted().toList();
    }

    List<View> views() {
        return views.entrySet().stream()
                .map(e -> new View(e.getKey().visitorId(), e.getKey().articleId(), e.getValue()))
                .sorted(Comparator.comparing(View::visitorId).thenComparingLong(View::articleId))
                .toList();
    }
}
