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

    /** One row of {@code stats_daily_dimension}: Vietnam's day (epoch day), human or bot, dimension and value. */
    record DimensionKey(long day, boolean human, String dimension, String value) {
    }

    record DimensionDelta(long day, boolean human, String dimension, String value, long visits) {
    }

    /** One row of {@code stats_daily_item} counted on this node (documents; article views go through the marks). */
    record ItemKey(long day, String kind, long itemId) {
    }

    record ItemDelta(long day, String kind, long itemId, long views) {
    }

    /** Most distinct referring hosts one batch keeps per day; the rest is counted as "Khác". */
    static final int REFERRER_CAP = 200;

    private static final class Tally {
        final LongAdder visits = new LongAdder();
        final LongAdder pageViews = new LongAdder();
    }

    private final Map<HourKey, Tally> hourly = new ConcurrentHashMap<>();
    private final Set<UUID> online = ConcurrentHashMap.newKeySet();
    private final Map<ViewKey, Long> views = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> viewsByArticle = new ConcurrentHashMap<>();
    private final Map<DimensionKey, LongAdder> dimensions = new ConcurrentHashMap<>();
    private final Map<ItemKey, LongAdder> items = new ConcurrentHashMap<>();
    private final LongAdder referrerValues = new LongAdder();

    void count(long hour, boolean human, long visits, long pageViews) {
        Tally t = hourly.computeIfAbsent(new HourKey(hour, human), k -> new Tally());
        t.visits.add(visits);
        t.pageViews.add(pageViews);
    }

    /** Counts a visit that starts now under each of its dimensions. */
    void visit(long day, boolean human, String browser, String os, String device, String referrer) {
        dimension(day, human, "browser", browser, 1);
        dimension(day, human, "os", os, 1);
        dimension(day, human, "device", device, 1);
        dimension(day, human, "referrer", referrer, 1);
    }

    void dimension(long day, boolean human, String dimension, String value, long visits) {
        DimensionKey key = new DimensionKey(day, human, dimension, value);
        LongAdder n = dimensions.get(key);
        if (n == null && "referrer".equals(dimension)) {
            // keeps the map bounded whatever hosts clients claim to come from
            if (referrerValues.sum() >= REFERRER_CAP) {
                key = new DimensionKey(day, human, dimension, UserAgents.OTHER);
            } else {
                referrerValues.increment();
            }
        }
        dimensions.computeIfAbsent(key, k -> new LongAdder()).add(visits);
    }

    void item(long day, String kind, long itemId, long views) {
        items.computeIfAbsent(new ItemKey(day, kind, itemId), k -> new LongAdder()).add(views);
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
        return hourly.isEmpty() && online.isEmpty() && views.isEmpty() && dimensions.isEmpty() && items.isEmpty();
    }

    /** Adds everything here to {@code target}: puts back a batch whose write failed. */
    void addTo(PendingBatch target) {
        hourly.forEach((k, t) -> target.count(k.hour(), k.human(), t.visits.sum(), t.pageViews.sum()));
        online.forEach(target::online);
        views.forEach((k, at) -> target.view(k.visitorId(), k.articleId(), at));
        dimensions.forEach((k, n) -> target.dimension(k.day(), k.human(), k.dimension(), k.value(), n.sum()));
        items.forEach((k, n) -> target.item(k.day(), k.kind(), k.itemId(), n.sum()));
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

    List<DimensionDelta> dimensionDeltas() {
        return dimensions.entrySet().stream()
                .map(e -> new DimensionDelta(e.getKey().day(), e.getKey().human(), e.getKey().dimension(), e.getKey().value(),
                        e.getValue().sum()))
                .sorted(Comparator.comparingLong(DimensionDelta::day).thenComparing(DimensionDelta::human)
                        .thenComparing(DimensionDelta::dimension).thenComparing(DimensionDelta::value))
                .toList();
    }

    List<ItemDelta> itemDeltas() {
        return items.entrySet().stream()
                .map(e -> new ItemDelta(e.getKey().day(), e.getKey().kind(), e.getKey().itemId(), e.getValue().sum()))
                .sorted(Comparator.comparingLong(ItemDelta::day).thenComparing(ItemDelta::kind)
                        .thenComparingLong(ItemDelta::itemId))
                .toList();
    }
}
