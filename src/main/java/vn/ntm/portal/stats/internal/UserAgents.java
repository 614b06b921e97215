package vn.ntm.portal.stats.internal;

import java.util.List;
import java.util.Locale;

/**
 * A small hand-made user-agent classifier: a browser family, an operating system and a device type out
 * of a fixed, short list each, so the daily statistics stay small whatever browsers send. Rules are
 * tried in order and the first match wins (in-app browsers and Chromium derivatives before Chrome,
 * Chrome before Safari, since their user agents name the engines they imitate).
 */
final class UserAgents {

    static final String OTHER = "Khác";
    static final String PHONE = "Điện thoại";
    static final String TABLET = "Máy tính bảng";
    static final String DESKTOP = "Máy tính";

    /** A visitor's browser family, operating system and device type, each one of the fixed labels. */
    record Agent(String browser, String os, String device) {
    }

    private record Rule(String label, List<String> fragments) {

        boolean matches(String ua) {
            for (String f : fragments) {
                if (ua.contains(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lower-case fragments; order matters. */
    private static final List<Rule> BROWSERS = List.of(
            new Rule("Zalo in-app", List.of(" zalo", "zalo/", "zalotheme")),
            new Rule("Facebook in-app", List.of("fban/", "fbav/", "fb_iab", "fbios", "[fb")),
            new Rule("Cốc Cốc", List.of("coc_coc_browser", "coccocbrowser")),
            new Rule("Samsung Internet", List.of("samsungbrowser/")),
            new Rule("Opera", List.of("opr/", "opera", "opios/", "opt/")),
            new Rule("Edge", List.of("edg/", "edga/", "edgios/", "edge/")),
            new Rule("Firefox", List.of("firefox/", "fxios/")),
            new Rule("Chrome", List.of("chrome/", "crios/", "chromium/")),
            new Rule("Safari", List.of("safari/", "applewebkit/")));

    private static final List<Rule> SYSTEMS = List.of(
            new Rule("iOS", List.of("iphone", "ipad", "ipod")),
            new Rule("Android", List.of("android")),
            new Rule("Windows", List.of("windows")),
            new Rule("macOS", List.of("macintosh", "mac os x")),
            new Rule(OTHER, List.of("cros")),
            new Rule("Linux", List.of("linux", "x11")));

    static final List<String> BROWSER_LABELS = List.of("Chrome", "Cốc Cốc", "Edge", "Firefox", "Safari", "Samsung Internet",
            "Opera", "Zalo in-app", "Facebook in-app", OTHER);
    static final List<String> OS_LABELS = List.of("Android", "iOS", "Windows", "macOS", "Linux", OTHER);
    static final List<String> DEVICE_LABELS = List.of(PHONE, TABLET, DESKTOP);

    private UserAgents() {
    }

    static Agent classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Agent(OTHER, OTHER, DESKTOP);
        }
        // a header is at most a few kilobytes (the container limits it); the prefix decides anyway
        String ua = (userAgent.length() > 1024 ? userAgent.substring(0, 1024) : userAgent).toLowerCase(Locale.ROOT);
        String os = first(SYSTEMS, ua);
        return new Agent(browser(ua), os, device(ua, os));
    }

    private static String browser(String ua) {
        if (!ua.startsWith("mozilla/") && !ua.contains("applewebkit") && !ua.contains("zalo") && !ua.contains("opera")) {
            return OTHER;
        }
        return first(BROWSERS, ua);
    }

    private static String device(String ua, String os) {
        if (ua.contains("ipad") || ua.contains("tablet") || ua.contains("kindle") || ua.contains("silk/")
                || ("Android".equals(os) && !ua.contains("mobile"))) {
            return TABLET;
        }
        if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("ipod") || ua.contains("windows phone")
                || "Android".equals(os)) {
            return PHONE;
        }
        return DESKTOP;
    }

    private static String first(List<Rule> rules, String ua) {
        for (Rule r : rules) {
            if (r.matches(ua)) {
                return r.label();
            }
        }
        return OTHER;
    }
}
