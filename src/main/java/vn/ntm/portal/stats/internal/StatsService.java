package vn.ntm.portal.stats.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.ntm.portal.stats.CounterSnapshot;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;

/** {@link StatsApi} for the other modules. */
@Service
class StatsService implements StatsApi {

    private final VisitorTracker tracker;
    private final StatsCounter counter;
    private final CounterQuery stored;
    private final ExcludedRanges exclusions;
    private final Clock clock = Clock.systemUTC();
    // First line of view de-duplication, so repeated reads cost no database work; the marks table
    // is the second line, across nodes and after this memory forgot (size bound, restart).
    private final Cache<ViewKey, Boolean> recentViews;

    StatsService(VisitorTracker tracker, StatsCounter counter, CounterQuery stored, ExcludedRanges exclusions,
                 StatsProperties props) {
        this.tracker = tracker;
        this.exclusions = exclusions;
        this.counter = counter;
        this.stored = stored;
        this.recentViews = Caffeine.newBuilder()
                .expireAfterWrite(props.viewWindow())
                .maximumSize(props.viewCacheSize())
                .build();
    }

    private record ViewKey(UUID visitorId, long articleId, boolean document) {
    }

    @Override
    public Visitor visitor(HttpServletRequest request) {
        return tracker.current(request);
    }

    @Override
    public void articleViewed(long articleId, Visitor visitor) {
        if (visitor == null || visitor.bot() || exclusions.excluded(visitor.ip())) {
            return;
        }
        UUID who = viewerId(visitor);
        if (who != null && recentViews.asMap().putIfAbsent(new ViewKey(who, articleId, false), Boolean.TRUE) == null) {
            counter.articleView(who, articleId, clock.instant());
        }
    }

    @Override
    public void documentViewed(long documentId, Visitor visitor) {
        if (visitor == null || visitor.bot() || exclusions.excluded(visitor.ip())) {
            return;
        }
        UUID who = viewerId(visitor);
        // per node, like the documents module's own view count: at most one more view per extra node in a window
        if (who != null && recentViews.asMap().putIfAbsent(new ViewKey(who, documentId, true), Boolean.TRUE) == null) {
            counter.documentView(documentId, clock.instant());
        }
    }

    @Override
    public boolean excluded(Visitor visitor) {
        return visitor != null && exclusions.excluded(visitor.ip());
    }

    @Override
    public long pendingArticleViews(long articleId) {
        return counter.pendingViews(articleId);
    }

    @Override
    public CounterSnapshot counters() {
        Periods periods = Periods.at(clock.instant());
        CounterSnapshot db = stored.stored(periods);
        // this node's counts not yet written, so the figures move with every visit
        return new CounterSnapshot(db.onlineNow(),
                db.today() + counter.pendingHumanVisitsSince(periods.dayStart()),
                db.thisMonth() + counter.pendingHumanVisitsSince(periods.monthStart()),
                db.total() + counter.pendingHumanVisitsSince(Instant.EPOCH));
    }

    /**
     * A visitor without a proven cookie is keyed by address (a name-based UUID, which never equals a
     * random one): a client that never returns the cookie cannot inflate a view count by reloading.
     * The price is that first-time readers behind one address share a view within the window.
     */
    private static UUID viewerId(Visitor visitor) {
        if (visitor.known()) {
            return visitor.id();
        }
        if (visitor.ip() == null) {
            return null;
        }
        return UUID.nameUUIDFromBytes(("ip:" + visitor.ip()).getBytes(StandardCharsets.UTF_8));
    }
}
