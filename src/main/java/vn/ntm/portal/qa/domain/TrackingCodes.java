package vn.ntm.portal.qa.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking codes such as {@code HD-2026-7KQ4-9XMP}: the year of receipt and eight random characters
 * of Crockford's base32 (no I, L, O or U, so nothing is mistaken for 1 or 0), 40 random bits.
 */
public final class TrackingCodes {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("HD-\\d{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String generate(int year) {
        StringBuilder b = new StringBuilder("HD-").append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * A typed code in its canonical form: upper case, spaces dropped, and Crockford's look-alikes read
     * as digits (O → 0, I and L → 1); empty when it is not a well-formed code.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (s.length() != 17 || !s.startsWith("HD-")) {
            return Optional.empty();
        }
        String random = s.substring(8).replace('O', '0').replace('I', '1').replace('L', '1');
        String code = s.substring(0, 8) + random;
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
