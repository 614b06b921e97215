package vn.ntm.portal.stats.internal;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves this node's counts to PostgreSQL: at most one write burst per flush interval whatever the
 * traffic, and a last one on shutdown. This bean depends on the data source, so Spring destroys it
 * (running the last flush) before the pool and the embedded database close, and after the web
 * server has finished its in-flight requests.
 */
@Component
class StatsFlusher {

    private static final Logger log = LoggerFactory.getLogger(StatsFlusher.class);

    private final StatsCounter counter;
    private final StatsWriter writer;
    private final Runnable afterWrite;
    private boolean failing;

    @Autowired
    StatsFlusher(StatsCounter counter, StatsWriter writer, CounterQuery counters) {
        this(counter, writer, counters::invalidate);
    }

    /** For tests: a flusher of its own counter stands for another node. */
    StatsFlusher(StatsCounter counter, StatsWriter writer, Runnable afterWrite) {
        this.counter = counter;
        this.writer = writer;
        this.afterWrite = afterWrite;
    }

    @Scheduled(fixedDelayString = "${ntm.stats.flush-interval:1s}")
    void scheduledFlush() {
        flush();
    }

    /**
     * Writes what was counted since the last flush; on failure the counts go back for the next try.
     *
     * @return false when the write failed
     */
    synchronized boolean flush() {
        PendingBatch batch = counter.drain();
        if (batch == null) {
            return true;
        }
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            counter.restore(batch);
            if (!failing) {
                log.warn("Could not write visitor statistics; keeping them in memory and retrying", e);
            }
            failing = true;
            return false;
        }
        counter.flushed();
        if (failing) {
            log.info("Visitor statistics are written again");
            failing = false;
        }
        // the live figures must not dip between this commit and their next read from the database
        afterWrite.run();
        return true;
    }

    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    void purge() {
        try {
            writer.purge();
        } catch (RuntimeException e) {
            log.warn("Could not purge old online and view-mark rows", e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        if (!flush()) {
            log.error("Visitor statistics counted since the last flush are lost: the database refused the final write");
        }
    }
}
