package vn.ntm.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding-window limit per key (e.g. per IP address) for public forms: at most {@code max} events
 * within {@code window}. Kept in memory per node; with N nodes a determined client gets at most N times
 * the limit, which still stops floods.
 */
public final class RateLimiter {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Long>> events;

    public RateLimiter(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.events = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** Records an event for the key and tells whether it is within the limit. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        Deque<Long> times = events.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
