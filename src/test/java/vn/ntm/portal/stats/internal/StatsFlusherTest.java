package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatsFlusherTest {

    private static final Instant AT = Instant.parse("2025-03-10T08:15:30Z");

    /** A writer that refuses while the database is "down" and records what it wrote otherwise. */
    private static final class FakeWriter extends StatsWriter {
        boolean down;
        final List<PendingBatch.HourDelta> written = new ArrayList<>();
        final List<PendingBatch.View> views = new ArrayList<>();

        FakeWriter() {
            super(null, null, StatsProperties.defaults());
        }

        @Override
        void write(PendingBatch batch) {
            if (down) {
                throw new IllegalStateException("database unavailable");
            }
            written.addAll(batch.hourDeltas());
            views.addAll(batch.views());
        }
    }

    @Test
    void failedWriteKeepsEveryCountForTheNextFlush() {
        StatsCounter counter = new StatsCounter();
        FakeWriter writer = new FakeWriter();
        int[] refreshed = {0};
        StatsFlusher flusher = new StatsFlusher(counter, writer, () -> refreshed[0]++);
        UUID reader = UUID.randomUUID();
        counter.pageView(AT, true, true);
        counter.articleView(reader, 3, AT);

        writer.down = true;
        assertThat(flusher.flush()).isFalse();
        assertThat(counter.pendingViews(3)).as("still pending after the failure").isEqualTo(1);
        counter.pageView(AT, true, false);

        writer.down = false;
        assertThat(flusher.flush()).isTrue();

        assertThat(writer.written).extracting(PendingBatch.HourDelta::visits, PendingBatch.HourDelta::pageViews)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L));
        assertThat(writer.views).containsExactly(new PendingBatch.View(reader, 3, AT.toEpochMilli()));
        assertThat(counter.pendingViews(3)).isZero();
        assertThat(refreshed[0]).as("live figures refreshed only after a successful write").isEqualTo(1);
    }

    @Test
    void nothingToWriteIsNotAWrite() {
        FakeWriter writer = new FakeWriter();
        writer.down = true;

        assertThat(new StatsFlusher(new StatsCounter(), writer, () -> { }).flush()).isTrue();
    }
}
