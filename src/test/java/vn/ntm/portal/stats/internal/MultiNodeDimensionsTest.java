package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (each a counter and its flusher) counting the same day's dimensions and item views while
 * flushing concurrently into the same rows: the totals must come out exact. The test owns its day (2004).
 */
class MultiNodeDimensionsTest extends StatsDatabaseTest {

    @Test
    void twoNodesFlushingConcurrentlyLoseAndDoubleNothing() throws Exception {
        // 23:30 in Vietnam on 5 May 2004 is 16:30 UTC; 00:30 on the 6th is 17:30 UTC
        Instant lateEvening = Instant.parse("2004-05-05T16:30:00Z");
        Instant afterMidnight = Instant.parse("2004-05-05T17:30:00Z");
        long docA = 880_000_001L;
        long docB = 880_000_002L;
        StatsCounter[] nodes = {new StatsCounter(), new StatsCounter()};
        StatsFlusher[] flushers = {new StatsFlusher(nodes[0], writer, () -> { }), new StatsFlusher(nodes[1], writer, () -> { })};
        UserAgents.Agent phone = new UserAgents.Agent("Cốc Cốc", "Android", "Điện thoại");
        UserAgents.Agent desktop = new UserAgents.Agent("Chrome", "Windows", "Máy tính");
        int perThread = 5_000;
        int threadsPerNode = 3;

        AtomicBoolean done = new AtomicBoolean();
        List<Thread> flushing = new ArrayList<>();
        for (StatsFlusher f : flushers) {
            Thread t = new Thread(() -> {
                while (!done.get()) {
                    f.flush();
                }
            });
            t.start();
            flushing.add(t);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerNode);
        List<Future<?>> tasks = new ArrayList<>();
        for (StatsCounter node : nodes) {
            for (int t = 0; t < threadsPerNode; t++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        boolean even = i % 2 == 0;
                        node.visitStarted(even ? lateEvening : afterMidnight, i % 5 != 0, even ? phone : desktop,
                                even ? "zalo.me" : "google.com");
                        node.documentView(even ? docA : docB, even ? lateEvening : afterMidnight);
                    }
                }));
            }
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        pool.shutdown();
        done.set(true);
        for (Thread t : flushing) {
            t.join();
        }
        assertThat(flushers[0].flush()).isTrue();
        assertThat(flushers[1].flush()).isTrue();

        LocalDate may5 = LocalDate.of(2004, 5, 5);
        LocalDate may6 = LocalDate.of(2004, 5, 6);
        long total = 2L * threadsPerNode * perThread;
        // per day: half the events; of those, i % 5 == 0 are bots (i even: 0, 10, 20... = 1 in 5 of the evens)
        long perDay = total / 2;
        long botsPerDay = 2L * threadsPerNode * (perThread / 10);
        assertThat(dim(may5, true, "browser", "Cốc Cốc")).isEqualTo(perDay - botsPerDay);
        assertThat(dim(may5, false, "browser", "Cốc Cốc")).isEqualTo(botsPerDay);
        assertThat(dim(may5, true, "referrer", "zalo.me")).isEqualTo(perDay - botsPerDay);
        assertThat(dim(may6, true, "os", "Windows") + dim(may6, false, "os", "Windows")).isEqualTo(perDay);
        assertThat(dim(may6, true, "device", "Máy tính")).isEqualTo(perDay - botsPerDay);
        assertThat(dim(may5, true, "browser", "Chrome")).as("nothing on the wrong day").isZero();
        assertThat(jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_daily_dimension WHERE day IN (?, ?)").params(may5, may6)
                .query(Long.class).single()).isEqualTo(4 * total);
        assertThat(item(may5, docA)).isEqualTo(perDay);
        assertThat(item(may6, docB)).isEqualTo(perDay);
    }

    long dim(LocalDate day, boolean human, String dimension, String value) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_daily_dimension WHERE day = ? AND human = ? AND dimension = ? AND value = ?")
                .params(day, human, dimension, value).query(Long.class).single();
    }

    long item(LocalDate day, long id) {
        return jdbc.sql("SELECT coalesce(sum(views), 0) FROM stats_daily_item WHERE day = ? AND kind = 'document' AND item_id = ?")
                .params(day, id).query(Long.class).single();
    }
}
