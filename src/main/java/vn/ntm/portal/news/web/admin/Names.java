package vn.ntm.portal.news.web.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;

/** Helpers shared by the sources and authors screens. */
final class Names {

    private Names() {
    }

    /** One line of plain text in NFC, white space collapsed, trimmed, cut at {@code max} code points. */
    static String plain(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (s.codePointCount(0, s.length()) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max));
        }
        return s;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** An absolute https:// URL with a host and no user part, at most 500 characters. */
    static boolean httpsUrl(String url) {
        if (url.length() > 500 || !url.startsWith("https://") || url.contains("\\")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code text} as a position from -9999 to 9999, or null. */
    static Integer position(String text) {
        try {
            int p = Integer.parseInt(text.isEmpty() ? "0" : text);
            return p < -9999 || p > 9999 ? null : p;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
