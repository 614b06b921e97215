package vn.ntm.portal.training.domain;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A registrant's personal code: eight random Crockford base32 characters (40 bits, no I, L, O, U), shown as
 * {@code 7KQ4-9XMP}. Typed codes are read case-insensitively, O as 0, I and L as 1, with or without the dash.
 */
public final class PersonalCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalCodes() {
    }

    public static String generate() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    /** The stored form of a typed code, or empty when it cannot be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != 8) {
            return Optional.empty();
        }
        for (char ch : s.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    /** "7KQ49XMP" → "7KQ4-9XMP". */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
