package vn.ntm.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every page. Spring Security writes them on the normal path; a module that
 * answers a request before the security filters (the cached article page) writes the same set from here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "media-src 'self'",
            "frame-src 'self' https://www.youtube-nocookie.com",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** What Spring Security sends on a dynamic page over plain HTTP, in the same order. */
    public static final Map<String, String> PAGE;

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-XSS-Protection", "0");
        h.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        h.put("Pragma", "no-cache");
        h.put("Expires", "0");
        h.put("X-Frame-Options", "SAMEORIGIN");
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("Referrer-Policy", REFERRER_POLICY);
        h.put("Permissions-Policy", PERMISSIONS_POLICY);
        PAGE = java.util.Collections.unmodifiableMap(h);
    }

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response, boolean secure) {
        PAGE.forEach(response::setHeader);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
