package vn.ntm.portal.shared;

import java.util.regex.Pattern;

/** A plain check of e-mail addresses typed in public forms (the Q&A question, a comment on a draft). */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** At most 254 characters, a local part, one {@code @} and a dotted domain. */
    public static boolean valid(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }
}
