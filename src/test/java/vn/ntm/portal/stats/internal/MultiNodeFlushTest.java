package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Several counters (standing for nodes) writing deltas into the shared tables. Each test owns its hour. */
class MultiNodeFlushTest extends StatsDatabaseTest {

    @Test
    void twoNodesAddTheirDeltasToTheSameRow() {
        Instant hour = Instant.parse("2001-02-03T04:00:00Z");
        StatsCounter nodeA = new StatsCounter();
        StatsCounter nodeB = new StatsCounter();
        StatsFlusher flushA = new StatsFlusher(nodeA, writer, () -> { });
        StatsFlusher flushB = new StatsFlusher(nodeB, writer, () -> { });
        count(nodeA, hour, 3, 5);
        count(nodeB, hour.plusSeconds(1800), 4, 6);

        assertThat(flushA.flush()).isTrue();
        assertThat(flushB.flush()).isTrue();
        count(nodeA, hour.plusSeconds(3599), 1, 1);
        assertThat(flushA.flush()).isTrue();

        assertThat(row(hour, true)).containsExactly(8L, 12L);
        assertThat(row(hour, false)).as("no bot row was written").isNull();
    }

    @Test
    void manyThreadsCountingWhileFlushingLoseNothing() throws Exception {
        Instant hour = Instant.parse("2002-03-04T05:00:00Z");
        StatsCounter counter = new StatsCounter();
        StatsFlusher node = new StatsFlusher(counter, writer, () -> { });
        int threads = 8;
        int perThread = 10_000;
        AtomicBoolean done = new AtomicBoolean();
        // flushes back to back while the threads count, so swaps happen in the middle of the counting
        Thread flushing = new Thread(() -> {
            while (!done.get()) {
                node.flush();
            }
        });
        flushing.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    counter.pageView(hour.plusMillis(i), i % 2 == 0, i % 10 == 0);
                }
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        pool.shutdown();
        done.set(true);
        flushing.join();
        assertThat(node.flush()).isTrue();

        assertThat(row(hour, true)).containsExactly(8_000L, 40_000L);
        assertThat(row(hour, false)).containsExactly(0L, 40_000L);
    }

    @Test
    void purgeForgetsOnlyExpiredOnlineVisitorsAndViewMarks() {
        var old = java.util.UUID.randomUUID();
        var fresh = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO stats_online VALUES (?, now() - interval '6 minutes'), (?, now() - interval '4 minutes')")
                .params(old, fresh).update();
        jdbc.sql("INSERT INTO article_view_mark VALUES (?, 1, now() - interval '31 minutes'), (?, 1, now() - interval '29 minutes')")
                .params(old, fresh).update();

        writer.purge();

        assertThat(jdbc.sql("SELECT visitor_id FROM stats_online WHERE visitor_id IN (?, ?)").params(old, fresh)
                .query(java.util.UUID.class).list()).containsExactly(fresh);
        assertThat(jdbc.sql("SELECT visitor_id FROM article_view_mark WHERE visitor_id IN (?, ?)").params(old, fresh)
                .query(java.util.UUID.class).list()).containsExactly(fresh);
    }

    static void count(StatsCounter counter, Instant at, int visits, int views) {
        for (int i = 0; i < views; i++) {
            counter.pageView(at, true, i < visits);
        }
    }
}
