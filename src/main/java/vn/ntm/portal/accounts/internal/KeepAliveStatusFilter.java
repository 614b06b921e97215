package vn.ntm.portal.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ntm.portal.web.SecurityHeaders;

/**
 * {@code GET /quan-tri/phien/trang-thai}: how many seconds the caller's session has left, read straight
 * from the session table. It answers before Spring Session's filter, so asking does not itself extend
 * the session (every request through that filter would), and every tab learns the true time left
 * after activity in another tab. It tells nothing but the remaining time of the caller's own cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class KeepAliveStatusFilter extends OncePerRequestFilter {

    static final String PATH = "/quan-tri/phien/trang-thai";

    private final JdbcClient jdbc;
    private final String cookieName;

    KeepAliveStatusFilter(JdbcClient jdbc, @Value("${server.servlet.session.cookie.name:SESSION}") String cookieName) {
        this.jdbc = jdbc;
        this.cookieName = cookieName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long remaining = sessionId(request).map(this::remainingSeconds).orElse(0L);
        SecurityHeaders.apply(response, request.isSecure());
        response.setContentType("application/json");
        byte[] body = ("{\"signedIn\":" + (remaining > 0) + ",\"remaining\":" + remaining + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private long remainingSeconds(String sessionId) {
        // the application's clock, the one Spring Session judges expiry by
        return jdbc.sql("SELECT (EXPIRY_TIME - ? + 999) / 1000 FROM SPRING_SESSION WHERE SESSION_ID = ? AND PRINCIPAL_NAME IS NOT NULL")
                .params(System.currentTimeMillis(), sessionId).query(Long.class).optional()
                .map(r -> Math.max(0L, r)).orElse(0L);
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private Optional<String> sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (cookieName.equals(c.getName())) {
                try {
                    return Optional.of(new String(Base64.getDecoder().decode(c.getValue()), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
