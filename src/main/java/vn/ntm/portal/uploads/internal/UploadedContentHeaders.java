package vn.ntm.portal.uploads.internal;

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
 * Uploaded content must never run: files under {@code /uploads/} are served with {@code nosniff} and a
 * sandboxing policy that allows no script, even if a browser were tricked into rendering one as a page.
 * Set before the security filters, whose header writers keep a header that is already there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadedContentHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/uploads/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
