package vn.ntm.portal.stats.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * This node's in-memory counters, drained by the flusher with swap-and-drain: request threads add
 * to the current batch under the shared side of a lock, the flusher swaps in a fresh batch under the
 * exclusive side. Once the swap returns no thread can still be adding to the old batch, so no
 * increment falls between the snapshot and the write.
 */
@Component
class StatsCounter {

    private static final PendingBatch NONE = new PendingBatch();

    private final StampedLock lock = new StampedLock();
    private volatile PendingBatch current = new PendingBatch();
    // the batch being written, still counted in pending figures until its transaction commits
    private volatile PendingBatch flushing = NONE;

    StatsCounter() {
    }

    void pageView(Instant at, boolean human, boolean newVisit) {
        long hour = Math.floorDiv(at.getEpochSecond(), 3600) * 3600;
        add(b -> b.count(hour, human, newVisit ? 1 : 0, 1));
    }

    /** A visit starts: counted once under its browser, system, device and referring site, on Vietnam's day. */
    void visitStarted(Instant at, boolean human, UserAgents.Agent agent, String referrer) {
        long day = vietnamDay(at);
        add(b -> b.visit(day, human, agent.browser(), agent.os(), agent.device(), referrer));
    }

    void documentView(long documentId, Instant at) {
        long day = vietnamDay(at);
        add(b -> b.item(day, "document", documentId, 1));
    }

    static long vietnamDay(Instant at) {
        return java.time.LocalDate.ofInstant(at, vn.ntm.portal.shared.VietnameseFormat.ZONE).toEpochDay();
    }

    void online(UUID visitorId) {
        add(b -> b.online(visitorId));
    }

    void articleView(UUID visitorId, long articleId, Instant at) {
        add(b -> b.view(visitorId, articleId, at.toEpochMilli()));
    }

    long pendingViews(long articleId) {
        return current.pendingViews(articleId) + flushing.pendingViews(articleId);
    }

    long pendingHumanVisitsSince(Instant from) {
        long since = from.getEpochSecond();
        return current.humanVisitsSince(since) + flushing.humanVisitsSince(since);
    }

    /** Takes the counts gathered so far, or null when there are none; call {@link #flushed} or {@link #restore} after. */
    PendingBatch drain() {
        if (current.isEmpty()) {
            return null;
        }
        long stamp = lock.writeLock();
        try {
            PendingBatch taken = current;
            // set before the swap: a reader may briefly see a count twice, never miss it
            flushing = taken;
            current = new PendingBatch();
            return taken;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    void flushed() {
        flushing = NONE;
    }

    /** Puts back a batch that could not be written, to go out with the next flush. */
    void restore(PendingBatch batch) {
        add(batch::addTo);
        flushing = NONE;
    }

    private void add(Consumer<PendingBatch> change) {
        long stamp = lock.readLock();
        try {
            change.accept(current);
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
