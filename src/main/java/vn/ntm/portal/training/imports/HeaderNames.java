package vn.ntm.portal.training.imports;

import java.util.Locale;
import vn.ntm.portal.shared.VietnameseText;

/** How header and section names are compared: never by position, always by this normal form. */
final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * Trimmed (also of a stray BOM and non-breaking spaces), case-folded, diacritics folded, runs of white space as one
     * space, trailing colons removed: {@code "  Join  Time: "} → {@code "join time"}, {@code "Lượt xem"} →
     * {@code "luot xem"}.
     */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        boolean space = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        sb.setLength(end);
        String s = sb.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        return (ascii ? s : VietnameseText.fold(s)).toLowerCase(Locale.ROOT);
    }
}
