package vn.ntm.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change-log position survives ids that commit out of order, and forgets ids that never come. */
class GapTrackerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void anIdCommittedLateIsStillPickedUp() {
        GapTracker t = new GapTracker(10, Duration.ofSeconds(60));
        // 11 and 13 are visible, 12 is still in flight
        t.advance(List.of(11L, 13L), T0);
        assertThat(t.checkpoint()).isEqualTo(13);
        assertThat(t.gaps()).containsExactly(12L);
        // the next poll finds 12 among the gaps it asks for again
        t.advance(List.of(12L, 14L), T0.plusSeconds(1));
        assertThat(t.checkpoint()).isEqualTo(14);
        assertThat(t.gaps()).isEmpty();
    }

    @Test
    void aGapThatNeverCommitsIsForgottenAfterTheTimeout() {
        GapTracker t = new GapTracker(0, Duration.ofSeconds(60));
        t.advance(List.of(3L, 1L), T0);
        assertThat(t.gaps()).containsExactly(2L);
        t.expire(T0.plusSeconds(59));
        assertThat(t.gaps()).containsExactly(2L);
        t.expire(T0.plusSeconds(61));
        assertThat(t.gaps()).isEmpty();
        assertThat(t.checkpoint()).isEqualTo(3);
    }

    @Test
    void checkpointAndGapsSurviveARestartThroughTheCommitData() {
        GapTracker t = new GapTracker(100, Duration.ofSeconds(60));
        t.advance(List.of(102L, 105L), T0);
        GapTracker back = GapTracker.fromUserData(t.toUserData(), Duration.ofSeconds(60));
        assertThat(back.checkpoint()).isEqualTo(105);
        assertThat(back.gaps()).containsExactly(101L, 103L, 104L);
        back.expire(T0.plusSeconds(61));
        assertThat(back.gaps()).as("the time each gap was first seen is kept too").isEmpty();
    }

    @Test
    void aRebuildRestartsFromItsSnapshotWithTheMissingIdsAsGaps() {
        GapTracker t = new GapTracker(5, Duration.ofSeconds(60));
        t.advance(List.of(7L), T0);
        t.reset(50, List.of(48L, 49L, 60L), T0);
        assertThat(t.checkpoint()).isEqualTo(50);
        assertThat(t.gaps()).as("ids above the snapshot are read normally, not as gaps").containsExactly(48L, 49L);
    }
}
