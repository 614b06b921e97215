package vn.ntm.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: folding diacritics (đ→d) and building URL slugs. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG_LENGTH = 120;

    private VietnameseText() {
    }

    /** Removes diacritics, keeping letters: "Nông thôn mới, Đồng Tháp" → "Nong thon moi, Dong Thap". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
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
