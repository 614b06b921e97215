package vn.ntm.portal.stats.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.Visitor;

/**
 * Resolves the visitor of a request once and keeps it in a request attribute. For a page request it
 * also counts the page view (and the visit when one starts), marks the visitor online and sets the
 * cookie when needed.
 */
@Component
class VisitorTracker {

    static final String ATTRIBUTE = Visitor.class.getName();
    private static final Logger log = LoggerFactory.getLogger(VisitorTracker.class);

    private final VisitorResolver resolver;
    private final StatsCounter counter;
    private final StatsProperties props;
    private final ExcludedRanges exclusions;
    private final String publicHost;
    private final Clock clock = Clock.systemUTC();

    VisitorTracker(VisitorResolver resolver, StatsCounter counter, StatsProperties props, ExcludedRanges exclusions,
                   @Value("${ntm.public-url:http://localhost:8080}") String publicUrl) {
        this.resolver = resolver;
        this.counter = counter;
        this.props = props;
        this.exclusions = exclusions;
        this.publicHost = Referrers.normalizeOwn(hostOf(publicUrl));
    }

    /** Counts a page request; called by {@link VisitorFilter} before the response is committed. */
    Visitor trackPage(HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        VisitorResolver.Resolution r = resolve(request, now, true);
        Visitor v = r.visitor();
        if (exclusions.excluded(v.ip())) {
            // an excluded address (the office's own network) counts nothing at all; the cookie is still kept
            if (r.cookie() != null) {
                response.addHeader(HttpHeaders.SET_COOKIE, cookie(r.cookie(), request.isSecure()));
            }
            return v;
        }
        counter.pageView(now, !v.bot(), v.newVisit());
        if (v.newVisit()) {
            // the user agent and the referrer are read once per visit, never per request
            try {
                String server = Referrers.normalizeOwn(request.getServerName());
                counter.visitStarted(now, !v.bot(), UserAgents.classify(request.getHeader(HttpHeaders.USER_AGENT)),
                        Referrers.host(request.getHeader(HttpHeaders.REFERER),
                                server.equals(publicHost) ? Set.of(publicHost) : Set.of(publicHost, server)));
            } catch (RuntimeException e) {
                // statistics must never break a page
                log.warn("Could not classify a visit; not counted under browsers and referrers", e);
            }
        }
        if (!v.bot() && r.trackingId() != null) {
            counter.online(r.trackingId());
        }
        // Bots get the cookie too: the logic stays the same for everyone, and the rare crawler that
        // keeps cookies then has its visits grouped like a person's instead of one visit per request.
        if (r.cookie() != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(r.cookie(), request.isSecure()));
        }
        return v;
    }

    /** The visitor of any request; counts nothing and sets no cookie when the filter did not run. */
    Visitor current(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Visitor v) {
            return v;
        }
        return resolve(request, clock.instant(), false).visitor();
    }

    private VisitorResolver.Resolution resolve(HttpServletRequest request, Instant now, boolean page) {
        String ip = request.getRemoteAddr();
        VisitorResolver.Resolution r;
        try {
            r = resolver.resolve(cookieValue(request), request.getHeader(HttpHeaders.USER_AGENT), ip, now, page);
        } catch (RuntimeException e) {
            // statistics must never break a page: without the secret (database down) the visitor is anonymous
            log.warn("Could not resolve the visitor; treating the request as anonymous", e);
            r = new VisitorResolver.Resolution(new Visitor(null, false, false, ip), null, null);
        }
        request.setAttribute(ATTRIBUTE, r.visitor());
        return r;
    }

    private String cookie(String value, boolean secure) {
        return ResponseCookie.from(VisitorCookie.NAME, value)
                .path("/")
                .maxAge(props.cookieMaxAge())
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build()
                .toString();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (VisitorCookie.NAME.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
