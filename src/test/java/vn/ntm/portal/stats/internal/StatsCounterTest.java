package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StatsCounterTest {

    private static final Instant AT = Instant.parse("2025-03-10T08:15:30Z");
    private static final long HOUR = Instant.parse("2025-03-10T08:00:00Z").getEpochSecond();

    @Test
    void countsLandInTheirHourAndKindAndIdsAreDeduplicated() {
        StatsCounter counter = new StatsCounter();
        UUID a = UUID.randomUUID();
        counter.pageView(AT, true, true);
        counter.pageView(AT, true, false);
        counter.pageView(AT, false, true);
        counter.pageView(AT.plusSeconds(3600), true, true);
        counter.online(a);
        counter.online(a);
        counter.articleView(a, 7, AT);
        counter.articleView(a, 7, AT.plusSeconds(5));

        PendingBatch batch = counter.drain();

        assertThat(batch.hourDeltas()).containsExactly(
                new PendingBatch.HourDelta(HOUR, false, 1, 1),
                new PendingBatch.HourDelta(HOUR, true, 1, 2),
                new PendingBatch.HourDelta(HOUR + 3600, true, 1, 1));
        assertThat(batch.onlineIds()).containsExactly(a);
        assertThat(batch.views()).containsExactly(new PendingBatch.View(a, 7, AT.toEpochMilli()));
        assertThat(counter.drain()).as("nothing left after draining").isNull();
    }

    @Test
    void pendingFiguresIncludeTheBatchBeingWrittenUntilItIsFlushed() {
        StatsCounter counter = new StatsCounter();
        counter.articleView(UUID.randomUUID(), 7, AT);
        counter.pageView(AT, true, true);

        PendingBatch batch = counter.drain();
        assertThat(counter.pendingViews(7)).isEqualTo(1);
        assertThat(counter.pendingHumanVisitsSince(AT.minusSeconds(3600))).isEqualTo(1);

        counter.flushed();
        assertThat(batch.isEmpty()).isFalse();
        assertThat(counter.pendingViews(7)).isZero();
        assertThat(counter.pendingHumanVisitsSince(AT.minusSeconds(3600))).isZero();
    }

    @Test
    void humanVisitsSinceLeavesOutBotsAndEarlierHours() {
        StatsCounter counter = new StatsCounter();
        counter.pageView(AT.minusSeconds(86_400), true, true);
        counter.pageView(AT, true, true);
        counter.pageView(AT, false, true);

        assertThat(counter.pendingHumanVisitsSince(AT.minusSeconds(3600))).isEqualTo(1);
        assertThat(counter.pendingHumanVisitsSince(Instant.EPOCH)).isEqualTo(2);
    }

    @Test
    void restoredBatchGoesOutWithTheNextDrain() {
        StatsCounter counter = new StatsCounter();
        UUID a = UUID.randomUUID();
        counter.pageView(AT, true, true);
        counter.articleView(a, 9, AT);
        PendingBatch failed = counter.drain();
        counter.pageView(AT, true, false);

        counter.restore(failed);

        PendingBatch next = counter.drain();
        assertThat(next.hourDeltas()).containsExactly(new PendingBatch.HourDelta(HOUR, true, 1, 2));
        assertThat(next.views()).containsExactly(new PendingBatch.View(a, 9, AT.toEpochMilli()));
        assertThat(counter.pendingViews(9)).isEqualTo(1);
    }

    @Test
    void noIncrementIsLostWhileDrainingConcurrently() throws Exception {
        StatsCounter counter = new StatsCounter();
        int threads = 8;
        int perThread = 20_000;
        long[] drained = new long[2];
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                    counter.pageView(AT, true, i % 10 == 0);
                }
            });
            w.start();
            workers.add(w);
        }
        Thread drainer = new Thread(() -> {
            await(start);
            while (!done.get()) {
                addUp(counter.drain(), drained);
            }
        });
        drainer.start();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        done.set(true);
        drainer.join();
        addUp(counter.drain(), drained);

        assertThat(drained[1]).isEqualTo((long) threads * perThread);
        assertThat(drained[0]).isEqualTo((long) threads * perThread / 10);
    }

    private static void addUp(PendingBatch batch, long[] sums) {
        if (batch != null) {
            for (PendingBatch.HourDelta d : batch.hourDeltas()) {
                sums[0] += d.visits();
                sums[1] += d.pageViews();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
