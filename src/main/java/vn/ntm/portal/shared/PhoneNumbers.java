package vn.ntm.portal.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese phone numbers in the international form {@code +84…}. */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /** The national significant number: 9 digits (mobile, e.g. 912 345 678) or 10 (landline 2xx…). */
    private static final Pattern NATIONAL = Pattern.compile("[235789]\\d{8}|2\\d{9}");

    private PhoneNumbers() {
    }

    /**
     * "0912 345 678", "0912.345.678", "84912345678", "+84 912 345 678" → "+84912345678"; empty when the
     * text is not a Vietnamese phone number.
     */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(text.strip()).replaceAll("");
        String national;
        if (s.startsWith("+84")) {
            national = s.substring(3);
        } else if (s.startsWith("0084")) {
            national = s.substring(4);
        } else if (s.startsWith("84") && s.length() >= 11) {
            national = s.substring(2);
        } else if (s.startsWith("0")) {
            national = s.substring(1);
        } else {
            return Optional.empty();
        }
        return NATIONAL.matcher(national).matches() ? Optional.of("+84" + national) : Optional.empty();
    }
}
