package vn.ntm.portal.stats.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a {@code Referer} header to the host name of an external site ("google.com.vn",
 * "facebook.com"): no path, no query, so nothing personal is kept and the values stay few. The site's
 * own host, a missing or unreadable header count as {@link #DIRECT}.
 */
final class Referrers {

    static final String DIRECT = "Trực tiếp / không rõ";
    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?");
    /** Sub-domains that only say "mobile" or "link shim": m.facebook.com and l.facebook.com are facebook.com. */
    private static final Set<String> PREFIXES = Set.of("www", "m", "l", "lm", "mobile", "amp", "mbasic", "touch");

    private Referrers() {
    }

    /**
     * @param ownHosts the site's own host names, lower case, without "www."
     */
    static String host(String referer, Set<String> ownHosts) {
        if (referer == null || referer.isBlank() || referer.length() > 2048) {
            return DIRECT;
        }
        String host;
        try {
            host = new URI(referer.strip()).getHost();
        } catch (URISyntaxException e) {
            return DIRECT;
        }
        if (host == null) {
            return DIRECT;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        while (true) {
            int dot = host.indexOf('.');
            if (dot > 0 && PREFIXES.contains(host.substring(0, dot)) && host.indexOf('.', dot + 1) > 0) {
                host = host.substring(dot + 1);
            } else {
                break;
            }
        }
        if (!HOST.matcher(host).matches() || ownHosts.contains(host)) {
            return DIRECT;
        }
        return host;
    }

    /** The form of a configured host name that {@link #host} compares with. */
    static String normalizeOwn(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
