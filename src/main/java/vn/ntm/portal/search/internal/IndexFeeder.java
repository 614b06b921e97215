package vn.ntm.portal.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SearchProperties;
import vn.ntm.portal.search.SearchSource;

/**
 * Keeps one node's index in step with the database. Every {@code ntm.search.poll-interval} it reads the rows of
 * {@code search_change} above its checkpoint (and the gaps, see {@link GapTracker}), reloads each changed item
 * through its {@link SearchSource} (found → indexed, missing or not public → removed), commits the index with the
 * new checkpoint and refreshes the searchers: a change is searchable on every node within about half a second.
 * It also rebuilds the whole index (first start, a checkpoint older than the purge horizon, a large backlog, the
 * administrators' button, {@code ntm.search.rebuild-on-start}) and purges old change rows. Everything runs on one
 * thread, so the index has exactly one writer.
 */
public final class IndexFeeder implements Closeable {

    public enum State { STARTING, BUILDING, READY }

    /** Rows read per poll round. */
    static final int BATCH = 1_000;
    /** A backlog larger than this is cheaper to rebuild than to replay. */
    static final long REBUILD_BACKLOG = 50_000;
    /** Ids below the rebuild's snapshot looked at for gaps (transactions still running when it started). */
    static final int REBUILD_GAP_WINDOW = 1_000;
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(IndexFeeder.class);

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final Map<String, SearchSource> sources = new LinkedHashMap<>();
    private final SearchProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService thread;

    private GapTracker tracker;
    private Instant lastPurge = Instant.EPOCH;
    private volatile boolean rebuildRequested;
    private volatile State state = State.STARTING;
    private volatile long rebuildProgress;
    private volatile Instant lastRebuildAt;
    private volatile long lastRebuildMillis = -1;
    private volatile Instant lastAppliedAt;
    private volatile long checkpoint;
    private volatile String lastError;

    public IndexFeeder(SearchIndex index, JdbcClient jdbc, List<SearchSource> sourceList, SearchProperties properties,
                       Clock clock, String threadName) {
        this.index = index;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        sourceList.stream().sorted(java.util.Comparator.comparingInt(SearchSource::order).thenComparing(SearchSource::kind))
                .forEach(s -> {
                    if (sources.putIfAbsent(s.kind(), s) != null) {
                        throw new IllegalStateException("Two search sources of kind " + s.kind());
                    }
                });
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling (the first round opens the checkpoint and decides whether to rebuild). */
    public void start() {
        thread.scheduleWithFixedDelay(this::round, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a rebuild in the background; returns at once. */
    public void requestRebuild() {
        rebuildRequested = true;
    }

    public Map<String, SearchSource> sources() {
        return sources;
    }

    public State state() {
        return state;
    }

    SearchIndex index() {
        return index;
    }

    /** A snapshot for the status screen. */
    public Status status() {
        long latest = jdbc.sql("SELECT coalesce(max(id), 0) FROM search_change").query(Long.class).single();
        long cp = checkpoint;
        Instant oldestPending = jdbc.sql("SELECT min(changed_at) FROM search_change WHERE id > ?").param(cp)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
        return new Status(state, rebuildRequested, index.counts(sources.keySet()), cp, latest, oldestPending,
                lastAppliedAt, lastRebuildAt, lastRebuildMillis, rebuildProgress, lastError);
    }

    /** What the administrators' screen shows. */
    public record Status(State state, boolean rebuildPending, Map<String, Long> counts, long checkpoint, long latestChange,
                         Instant oldestPending, Instant lastAppliedAt, Instant lastRebuildAt, long lastRebuildMillis,
                         long rebuildProgress, String lastError) {
    }

    private void round() {
        try {
            if (tracker == null) {
                open();
            }
            if (rebuildRequested) {
                rebuild();
            } else {
                for (int i = 0; i < 50 && poll(); i++) {
                    // a full batch: read on at once
                }
            }
            purgeIfDue();
            lastError = null;
        } catch (RuntimeException | IOException e) {
            lastError = e.toString();
            log.warn("Tìm kiếm: lỗi khi cập nhật chỉ mục, sẽ thử lại: {}", e.toString());
        }
    }

    private void open() {
        Map<String, String> data = index.committedData();
        GapTracker t = GapTracker.fromUserData(data, properties.gapTimeout());
        boolean built = "true".equals(data.get("built"));
        String why = null;
        if (!built) {
            why = "chưa có chỉ mục";
        } else if (properties.rebuildOnStart()) {
            why = "ntm.search.rebuild-on-start=true";
        } else if (stale(t.checkpoint())) {
            why = "điểm đồng bộ cũ hơn nhật ký thay đổi";
        }
        tracker = t;
        checkpoint = t.checkpoint();
        if (why != null) {
            log.info("Tìm kiếm: xây dựng lại chỉ mục ({})", why);
            rebuildRequested = true;
        } else {
            state = State.READY;
        }
    }

    /** Whether rows above the checkpoint have been purged already (this node was away too long). */
    private boolean stale(long cp) {
        Long min = jdbc.sql("SELECT min(id) FROM search_change").query(Long.class).optional().orElse(null);
        if (min != null) {
            return min > cp + 1;
        }
        long issued = jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM search_change_id_seq")
                .query(Long.class).single();
        return issued > cp;
    }

    private record Change(long id, String kind, long itemId) {
    }

    /** One poll; true when a full batch was read (more may be waiting). */
    boolean poll() throws IOException {
        Instant now = clock.instant();
        long cp = tracker.checkpoint();
        List<Change> rows = new ArrayList<>(jdbc.sql("SELECT id, kind, item_id FROM search_change WHERE id > ? ORDER BY id LIMIT ?")
                .params(cp, BATCH).query((rs, i) -> new Change(rs.getLong(1), rs.getString(2), rs.getLong(3))).list());
        boolean full = rows.size() == BATCH;
        if (full) {
            long latest = jdbc.sql("SELECT coalesce(max(id), 0) FROM search_change").query(Long.class).single();
            if (latest - cp > REBUILD_BACKLOG) {
                log.info("Tìm kiếm: {} thay đổi đang chờ, xây dựng lại chỉ mục thay vì áp dụng từng thay đổi", latest - cp);
                rebuildRequested = true;
                return false;
            }
        }
        List<Long> gaps = tracker.gaps();
        if (!gaps.isEmpty()) {
            rows.addAll(jdbc.sql("SELECT id, kind, item_id FROM search_change WHERE id = ANY(?)")
                    .param(gaps.toArray(Long[]::new))
                    .query((rs, i) -> new Change(rs.getLong(1), rs.getString(2), rs.getLong(3))).list());
        }
        if (rows.isEmpty()) {
            tracker.expire(now);
            return false;
        }
        Map<String, Set<Long>> byKind = new HashMap<>();
        for (Change c : rows) {
            byKind.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.itemId());
        }
        for (Map.Entry<String, Set<Long>> e : byKind.entrySet()) {
            SearchSource source = sources.get(e.getKey());
            if (source == null) {
                continue; // a kind this node does not know (yet): nothing to index
            }
            Set<Long> gone = new HashSet<>(e.getValue());
            for (SearchDocument d : source.loadAll(e.getValue())) {
                index.upsert(d);
                gone.remove(d.id());
            }
            for (long id : gone) {
                index.delete(e.getKey(), id);
            }
        }
        tracker.advance(rows.stream().map(Change::id).toList(), now);
        tracker.expire(now);
        index.commitAndRefresh(userData());
        checkpoint = tracker.checkpoint();
        lastAppliedAt = now;
        return full;
    }

    private Map<String, String> userData() {
        Map<String, String> data = new HashMap<>(tracker.toUserData());
        data.put("built", "true");
        if (lastRebuildAt != null) {
            data.put("builtAt", lastRebuildAt.toString());
        }
        return data;
    }

    /** Rebuilds every kind from its source; searches see the previous index until the new one is committed. */
    void rebuild() throws IOException {
        rebuildRequested = false;
        state = State.BUILDING;
        rebuildProgress = 0;
        long started = System.nanoTime();
        Instant now = clock.instant();
        long snapshot = jdbc.sql("SELECT coalesce(max(id), 0) FROM search_change").query(Long.class).single();
        Set<Long> present = new HashSet<>(jdbc.sql("SELECT id FROM search_change WHERE id > ? AND id <= ?")
                .params(snapshot - REBUILD_GAP_WINDOW, snapshot).query(Long.class).list());
        List<Long> missing = new ArrayList<>();
        for (long id = Math.max(1, snapshot - REBUILD_GAP_WINDOW + 1); id <= snapshot; id++) {
            if (!present.contains(id)) {
                missing.add(id);
            }
        }
        try {
            index.deleteAll();
            for (SearchSource source : sources.values()) {
                long after = 0;
                while (true) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IOException("rebuild interrupted (node stopping)");
                    }
                    List<SearchDocument> batch = source.batch(after, 500);
                    for (SearchDocument d : batch) {
                        index.add(d);
                        after = Math.max(after, d.id());
                    }
                    rebuildProgress += batch.size();
                    if (batch.size() < 500) {
                        break;
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            rebuildRequested = true; // the half-built index is never committed; try again on the next round
            throw e;
        }
        tracker = tracker == null ? new GapTracker(snapshot, properties.gapTimeout()) : tracker;
        tracker.reset(snapshot, missing, now);
        lastRebuildAt = now;
        lastRebuildMillis = (System.nanoTime() - started) / 1_000_000;
        index.commitAndRefresh(userData());
        checkpoint = snapshot;
        lastAppliedAt = now;
        state = State.READY;
        log.info("Tìm kiếm: đã xây dựng lại chỉ mục, {} mục trong {} ms", rebuildProgress, lastRebuildMillis);
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        if (lastPurge.plus(PURGE_EVERY).isAfter(now)) {
            return;
        }
        lastPurge = now;
        int n = jdbc.sql("DELETE FROM search_change WHERE changed_at < now() - ?::interval")
                .param(properties.purgeAge().toSeconds() + " seconds").update();
        if (n > 0) {
            log.info("Tìm kiếm: đã xoá {} dòng nhật ký thay đổi cũ", n);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
