package vn.ntm.portal.stats.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** Which requests are page views: GET requests for pages, not files, feeds or machinery. */
final class PageRequests {

    private static final List<String> EXCLUDED_PREFIXES = List.of("/static/", "/uploads/", "/actuator/", "/error/");
    private static final List<String> EXCLUDED_PATHS = List.of("/static", "/uploads", "/actuator", "/error");
    private static final List<String> EXCLUDED_SUFFIXES = List.of(
            ".xml", ".txt", ".ico", ".json", ".css", ".js", ".map", ".png", ".jpg", ".jpeg", ".gif", ".svg",
            ".webp", ".mp3", ".wav", ".pdf", ".woff", ".woff2", ".webmanifest");

    private PageRequests() {
    }

    static boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && isPagePath(path(request));
    }

    static boolean isPagePath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (EXCLUDED_PATHS.contains(p) || EXCLUDED_PREFIXES.stream().anyMatch(p::startsWith)) {
            return false;
        }
        return EXCLUDED_SUFFIXES.stream().noneMatch(p::endsWith);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
