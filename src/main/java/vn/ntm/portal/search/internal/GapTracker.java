package vn.ntm.portal.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change-log position of one node, and the ids it has skipped.
 *
 * <p>Why gaps: {@code search_change.id} is a bigserial, taken when a transaction inserts its row but visible only
 * when that transaction commits. Transaction A may take id 10, B id 11, and B commit first: a poll then sees 11
 * but not 10. Moving the checkpoint to 11 and forgetting 10 would lose A's change for ever. So every id skipped
 * below the newest one read is remembered as a gap and asked for again on each poll until it shows up (then it is
 * applied) or until {@code timeout} has passed (then it was a rolled-back transaction, or one so slow that it is
 * given up on: 60 s is far beyond any transaction of this application). The gaps are kept in the index commit
 * together with the checkpoint, so a restart does not forget them either.
 */
final class GapTracker {

    /** A runaway gap (thousands of ids skipped at once) is only possible after a purge; never remember more. */
    static final int MAX_GAPS = 10_000;

    private final Duration timeout;
    private long checkpoint;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    GapTracker(long checkpoint, Duration timeout) {
        this.checkpoint = checkpoint;
        this.timeout = timeout;
    }

    long checkpoint() {
        return checkpoint;
    }

    /** The skipped ids still looked for. */
    List<Long> gaps() {
        return new ArrayList<>(gaps.keySet());
    }

    /**
     * Takes the ids read in one poll (rows above the checkpoint in id order, and any gap ids that turned up):
     * a gap that turned up is closed, ids skipped between the checkpoint and a newer id become gaps.
     */
    void advance(Collection<Long> idsRead, Instant now) {
        List<Long> sorted = new ArrayList<>(idsRead);
        sorted.sort(null);
        for (long id : sorted) {
            if (id <= checkpoint) {
                gaps.remove(id);
                continue;
            }
            for (long g = checkpoint + 1; g < id && gaps.size() < MAX_GAPS; g++) {
                gaps.put(g, now);
            }
            checkpoint = id;
        }
    }

    /** Forgets the gaps looked for longer than the timeout. */
    void expire(Instant now) {
        gaps.values().removeIf(since -> since.plus(timeout).isBefore(now));
    }

    /** Restarts from a new position (after a rebuild) with the given ids still to be looked for. */
    void reset(long newCheckpoint, Collection<Long> missing, Instant now) {
        checkpoint = newCheckpoint;
        gaps.clear();
        for (long id : missing) {
            if (gaps.size() < MAX_GAPS && id <= newCheckpoint) {
                gaps.put(id, now);
            }
        }
    }

    /** "checkpoint" and "gaps" ("id@epochMillis,…") for the index commit's user data. */
    Map<String, String> toUserData() {
        StringBuilder sb = new StringBuilder();
        gaps.forEach((id, since) -> sb.append(sb.length() == 0 ? "" : ",").append(id).append('@').append(since.toEpochMilli()));
        return Map.of("checkpoint", Long.toString(checkpoint), "gaps", sb.toString());
    }

    static GapTracker fromUserData(Map<String, String> data, Duration timeout) {
        GapTracker t = new GapTracker(Long.parseLong(data.getOrDefault("checkpoint", "0")), timeout);
        String gaps = data.getOrDefault("gaps", "");
        if (!gaps.isEmpty()) {
            for (String g : gaps.split(",")) {
                int at = g.indexOf('@');
                t.gaps.put(Long.parseLong(g.substring(0, at)), Instant.ofEpochMilli(Long.parseLong(g.substring(at + 1))));
            }
        }
        return t;
    }
}
