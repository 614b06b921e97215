package vn.ntm.portal.training.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Lists of people sorted the Vietnamese way: by the given name (the last word of "Họ và tên"), then by the
 * rest (family and middle names), with the Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
 * u ư v x y, the letter first and the tone mark (none, huyền, hỏi, ngã, sắc, nặng) after.
 *
 * <p>The JDK's collator for "vi" orders the letters so (d before đ, a before ă before â) and weighs the tone
 * marks only at the secondary level: "Anh" &lt; "Ánh" &lt; "Ăn" &lt; "Bình" &lt; "Dũng" &lt; "Đức".
 */
public final class GivenNameOrder {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.forLanguageTag("vi"));
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    });

    private GivenNameOrder() {
    }

    /** The given name: the last word. */
    public static String givenName(String fullName) {
        String s = VietnameseText.nfc(fullName.strip());
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }

    /** The family and middle names: everything before the last word. */
    public static String rest(String fullName) {
        String s = VietnameseText.nfc(fullName.strip());
        int space = s.lastIndexOf(' ');
        return space < 0 ? "" : s.substring(0, space);
    }

    public static Comparator<String> names() {
        return (a, b) -> {
            Collator c = COLLATOR.get();
            int byGiven = c.compare(givenName(a), givenName(b));
            return byGiven != 0 ? byGiven : c.compare(rest(a), rest(b));
        };
    }
}
