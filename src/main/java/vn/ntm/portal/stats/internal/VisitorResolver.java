package vn.ntm.portal.stats.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.ntm.portal.stats.Visitor;

/**
 * Decides who a request comes from, whether it starts a visit and whether the cookie must be
 * re-issued. Pure logic over the cookie value, the user agent and the time, so it is tested without
 * a server.
 */
class VisitorResolver {

    private final Supplier<VisitorCookie> cookies;
    private final Predicate<String> bots;
    private final long visitTimeoutMinutes;
    private final long refreshMinutes;

    VisitorResolver(Supplier<VisitorCookie> cookies, Predicate<String> bots, StatsProperties props) {
        this.cookies = cookies;
        this.bots = bots;
        this.visitTimeoutMinutes = props.visitTimeout().toMinutes();
        this.refreshMinutes = Math.max(1, props.cookieRefresh().toMinutes());
    }

    /**
     * @param visitor    what other modules see
     * @param trackingId the id counted for "online now": the cookie's id, or the one just issued; null when none
     * @param cookie     value to send in Set-Cookie, or null to send nothing
     */
    record Resolution(Visitor visitor, UUID trackingId, String cookie) {
    }

    /**
     * @param page true for a counted page request: only those start visits and (re-)issue the cookie,
     *             so static files and form posts never carry a Set-Cookie
     */
    Resolution resolve(String cookieValue, String userAgent, String ip, Instant now, boolean page) {
        boolean bot = bots.test(userAgent);
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        VisitorCookie codec = cookies.get();
        Optional<VisitorCookie.Stamp> stamp = codec.verify(cookieValue);
        if (stamp.isEmpty()) {
            if (!page) {
                return new Resolution(new Visitor(null, bot, false, ip), null, null);
            }
            // the id is issued now but not trusted until the browser sends it back (see Visitor.id)
            UUID fresh = UUID.randomUUID();
            return new Resolution(new Visitor(null, bot, true, ip), fresh, codec.sign(fresh, minute));
        }
        UUID id = stamp.get().id();
        // a stamp from the future (clock skew between nodes) counts as just seen
        long age = Math.max(0, minute - stamp.get().minute());
        boolean newVisit = page && age > visitTimeoutMinutes;
        // the stamp moves at most once a minute: a Set-Cookie on every response would defeat caches
        String reissue = page && age >= refreshMinutes ? codec.sign(id, minute) : null;
        return new Resolution(new Visitor(id, bot, newVisit, ip), id, reissue);
    }
}
