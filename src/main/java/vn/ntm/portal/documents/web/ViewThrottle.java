package vn.ntm.portal.documents.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.Visitor;

/**
 * Decides whether a document view counts: once per visitor (by cookie id, or address without one) per
 * document per 30 minutes, never for bots. Kept in memory on this node (a few bytes per recent view).
 */
@Component
class ViewThrottle {

    static final Duration WINDOW = Duration.ofMinutes(30);
    private static final int SWEEP_AT = 50_000;

    private final Map<String, Long> lastCounted = new ConcurrentHashMap<>();
    private final Clock clock;

    ViewThrottle() {
        this(Clock.systemUTC());
    }

    ViewThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean counts(long documentId, Visitor visitor) {
        if (visitor.bot()) {
            return false;
        }
        long now = clock.millis();
        String key = (visitor.id() != null ? visitor.id().toString() : "ip:" + visitor.ip()) + "/" + documentId;
        if (lastCounted.size() > SWEEP_AT) {
            lastCounted.values().removeIf(t -> now - t >= WINDOW.toMillis());
        }
        boolean[] counted = {false};
        lastCounted.compute(key, (k, last) -> {
            if (last == null || now - last >= WINDOW.toMillis()) {
                counted[0] = true;
                return now;
            }
            return last;
        });
        return counted[0];
    }
}
