package vn.ntm.portal.stats.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a drained batch in one transaction with one statement per table (arrays through
 * {@code unnest}), so a flush costs a handful of round trips whatever the traffic. Only deltas are
 * added, never absolute values, so every node may write to the same rows. Time stamps of "online"
 * rows come from the database clock, which all nodes share.
 */
@Component
class StatsWriter {

    private static final String HOURLY = """
            INSERT INTO stats_hourly (hour, human, visits, page_views)
            SELECT to_timestamp(h), hu, v, p FROM unnest(?::bigint[], ?::boolean[], ?::bigint[], ?::bigint[]) AS u(h, hu, v, p)
            ORDER BY 1, 2
            ON CONFLICT (hour, human) DO UPDATE
              SET visits = stats_hourly.visits + excluded.visits,
                  page_views = stats_hourly.page_views + excluded.page_views""";

    private static final String ONLINE = """
            INSERT INTO stats_online (visitor_id, last_seen)
            SELECT v::uuid, now() FROM unnest(?::text[]) AS u(v) ORDER BY 1
            ON CONFLICT (visitor_id) DO UPDATE SET last_seen = excluded.last_seen""";

    // A mark is written (and the view counted) only when the visitor has no mark for the article or
    // the last counted view is a full window old; RETURNING yields exactly the views to count.
    private static final String VIEWS = """
            WITH counted AS (
              INSERT INTO article_view_mark (visitor_id, article_id, viewed_at)
              SELECT v::uuid, a, to_timestamp(t / 1000.0) FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS u(v, a, t)
              ORDER BY 1, 2
              ON CONFLICT (visitor_id, article_id) DO UPDATE SET viewed_at = excluded.viewed_at
                WHERE article_view_mark.viewed_at <= excluded.viewed_at - make_interval(secs => ?)
              RETURNING article_id, viewed_at),
            bumped AS (
              UPDATE article a SET view_count = a.view_count + c.n
              FROM (SELECT article_id, count(*) AS n FROM counted GROUP BY article_id ORDER BY article_id) c
              WHERE a.id = c.article_id)
            INSERT INTO stats_daily_item (day, kind, item_id, views)
            SELECT (viewed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'article', article_id, count(*)
            FROM counted GROUP BY 1, 3 ORDER BY 1, 3
            ON CONFLICT (day, kind, item_id) DO UPDATE SET views = stats_daily_item.views + excluded.views""";

    private static final String DIMENSIONS = """
            INSERT INTO stats_daily_dimension (day, human, dimension, value, visits)
            SELECT DATE '1970-01-01' + d::int, hu, dim, val, v
            FROM unnest(?::bigint[], ?::boolean[], ?::text[], ?::text[], ?::bigint[]) AS u(d, hu, dim, val, v)
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (day, human, dimension, value) DO UPDATE
              SET visits = stats_daily_dimension.visits + excluded.visits""";

    private static final String ITEMS = """
            INSERT INTO stats_daily_item (day, kind, item_id, views)
            SELECT DATE '1970-01-01' + d::int, k, i, v
            FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[]) AS u(d, k, i, v)
            ORDER BY 1, 2, 3
            ON CONFLICT (day, kind, item_id) DO UPDATE SET views = stats_daily_item.views + excluded.views""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final StatsProperties props;

    StatsWriter(JdbcClient jdbc, PlatformTransactionManager transactions, StatsProperties props) {
        this.jdbc = jdbc;
        // null only for test doubles that override write()
        this.tx = transactions == null ? null : new TransactionTemplate(transactions);
        this.props = props;
    }

    /** Adds the batch to the database; all or nothing, so a failed write can be retried whole. */
    void write(PendingBatch batch) {
        tx.executeWithoutResult(status -> {
            writeHourly(batch.hourDeltas());
            writeOnline(batch.onlineIds());
            writeViews(batch.views());
            writeDimensions(batch.dimensionDeltas());
            writeItems(batch.itemDeltas());
        });
    }

    /** Forgets visitors who left and view marks past their window; cheap thanks to the time indexes. */
    void purge() {
        jdbc.sql("DELETE FROM stats_online WHERE last_seen < now() - make_interval(secs => ?)")
                .param(props.onlineWindow().toSeconds()).update();
        jdbc.sql("DELETE FROM article_view_mark WHERE viewed_at < now() - make_interval(secs => ?)")
                .param(props.viewWindow().toSeconds()).update();
    }

    private void writeHourly(List<PendingBatch.HourDelta> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        long[] hours = new long[n];
        boolean[] human = new boolean[n];
        long[] visits = new long[n];
        long[] pageViews = new long[n];
        for (int i = 0; i < n; i++) {
            PendingBatch.HourDelta r = rows.get(i);
            hours[i] = r.hour();
            human[i] = r.human();
            visits[i] = r.visits();
            pageViews[i] = r.pageViews();
        }
        jdbc.sql(HOURLY).params(hours, human, visits, pageViews).update();
    }

    private void writeOnline(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql(ONLINE).param(ids.stream().map(UUID::toString).toArray(String[]::new)).update();
        }
    }

    private void writeViews(List<PendingBatch.View> views) {
        if (views.isEmpty()) {
            return;
        }
        int n = views.size();
        String[] visitors = new String[n];
        long[] articles = new long[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            PendingBatch.View v = views.get(i);
            visitors[i] = v.visitorId().toString();
            articles[i] = v.articleId();
            at[i] = v.atMillis();
        }
        jdbc.sql(VIEWS).params(visitors, articles, at, props.viewWindow().toSeconds()).update();
    }

    private void writeDimensions(List<PendingBatch.DimensionDelta> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        long[] days = new long[n];
        boolean[] human = new boolean[n];
        String[] dimension = new String[n];
        String[] value = new String[n];
        long[] visits = new long[n];
        for (int i = 0; i < n; i++) {
            PendingBatch.DimensionDelta r = rows.get(i);
            days[i] = r.day();
            human[i] = r.human();
            dimension[i] = r.dimension();
            value[i] = r.value();
            visits[i] = r.visits();
        }
        jdbc.sql(DIMENSIONS).params(days, human, dimension, value, visits).update();
    }

    private void writeItems(List<PendingBatch.ItemDelta> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        long[] days = new long[n];
        String[] kind = new String[n];
        long[] ids = new long[n];
        long[] views = new long[n];
        for (int i = 0; i < n; i++) {
            PendingBatch.ItemDelta r = rows.get(i);
            days[i] = r.day();
            kind[i] = r.kind();
            ids[i] = r.itemId();
            views[i] = r.views();
        }
        jdbc.sql(ITEMS).params(days, kind, ids, views).update();
    }
}
