package vn.ntm.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: folding diacritics (đ→d) and building URL slugs. */
public final class VietnameseText {

    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG_LENGTH = 120;

    private VietnameseText() {
    }

    /** Removes diacritics, keeping letters: "Nông thôn mới, Đồng Tháp" → "Nong thon moi, Dong Thap". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return text; // plain ASCII: nothing to fold
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0, m = decomposed.length(); k < m; k++) {
            char c = decomposed.charAt(k);
            if (c == 'đ') {
                out.append('d');
            } else if (c == 'Đ') {
                out.append('D');
            } else if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A combining mark (\p{M}: non-spacing, enclosing or spacing combining). */
    private static boolean isMark(char c) {
        if (c < 0x0300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A readable URL slug: lower case, diacritics folded, words joined by '-', at most 120 characters. */
    public static String slug(String text) {
        String s = NON_SLUG.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimDashes(s);
        if (s.length() > MAX_SLUG_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_SLUG_LENGTH);
            s = trimDashes(s.substring(0, cut > 40 ? cut : MAX_SLUG_LENGTH));
        }
        return s.isEmpty() ? "bai-viet" : s;
    }

    /**
     * A name as compared for sameness: diacritics folded, lower case, runs of white space as one space, trimmed;
     * "Báo  Nhân Dân" and "bao nhan dan" have the same key.
     */
    public static String nameKey(String text) {
        return fold(nfc(text)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Text in NFC, the form all stored text uses. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
