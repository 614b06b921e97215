package vn.ntm.portal.stats.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts page requests. Runs right after the request-limits filter (so absurd URLs are refused before
 * they are counted) and before security and controllers (so the cookie is set before the response is
 * committed and controllers find the visitor resolved). Other requests are left to
 * {@code StatsApi.visitor}, which resolves lazily without counting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VisitorFilter extends OncePerRequestFilter {

    private final VisitorTracker tracker;

    VisitorFilter(VisitorTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PageRequests.isPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        tracker.trackPage(request, response);
        chain.doFilter(request, response);
    }
}
