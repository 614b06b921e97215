package vn.ntm.portal.stats.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.CounterSnapshot;

/**
 * Human visit totals and online visitors as stored in the database, reused for a couple of seconds.
 * The all-time total is split: hours before this month barely change (only a node's late retry can
 * touch them), so their sum is cached for ten minutes, and each refresh sums only this month's rows
 * (at most 744 per kind, through the primary key) however many years are stored.
 */
@Component
class CounterQuery {

    private static final String CURRENT = """
            SELECT (SELECT count(*) FROM stats_online WHERE last_seen > now() - make_interval(secs => ?)),
                   coalesce(sum(visits) FILTER (WHERE hour >= ?), 0),
                   coalesce(sum(visits), 0)
            FROM stats_hourly WHERE human AND hour >= ?""";

    private final JdbcClient jdbc;
    private final long onlineSeconds;
    private final Cache<String, CounterSnapshot> recent;
    private final Cache<Instant, Long> beforeMonth;

    CounterQuery(JdbcClient jdbc, StatsProperties props) {
        this.jdbc = jdbc;
        this.onlineSeconds = props.onlineWindow().toSeconds();
        this.recent = Caffeine.newBuilder().expireAfterWrite(props.countersCacheTtl()).build();
        this.beforeMonth = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).maximumSize(4).build();
    }

    /** Stored figures for the periods around {@code now}. */
    CounterSnapshot stored(Periods periods) {
        return recent.get("counters", k -> load(periods));
    }

    /** Drops the reused figures, e.g. right after this node wrote new counts. */
    void invalidate() {
        recent.invalidateAll();
    }

    private CounterSnapshot load(Periods periods) {
        long older = beforeMonth.get(periods.monthStart(), this::sumBefore);
        long[] current = jdbc.sql(CURRENT)
                .params(onlineSeconds, utc(periods.dayStart()), utc(periods.monthStart()))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return new CounterSnapshot(current[0], current[1], current[2], older + current[2]);
    }

    private long sumBefore(Instant monthStart) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_hourly WHERE human AND hour < ?")
                .param(utc(monthStart)).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
