package vn.ntm.portal.shared;

import java.util.List;
import java.util.Optional;

/**
 * The name and contact a citizen types in a public form (a Q&A question, a comment on a draft): a name, and
 * an e-mail address or a phone number, at least one. {@link #check} adds a Vietnamese message per problem.
 *
 * @param email null when not given or not valid
 * @param phone in {@code +84…} form; null when not given or not valid
 */
public record Contact(String name, String email, String phone) {

    public static final int NAME_MAX = 100;

    /** Checks the typed (already trimmed) values; every problem adds its message to {@code errors}. */
    public static Contact check(String name, String email, String phone, List<String> errors) {
        if (name.isEmpty() || name.length() > NAME_MAX) {
            errors.add("Vui lòng nhập họ và tên (tối đa " + NAME_MAX + " ký tự).");
        }
        String checkedEmail = null;
        if (!email.isEmpty()) {
            if (EmailAddresses.valid(email)) {
                checkedEmail = email;
            } else {
                errors.add("Địa chỉ e-mail không hợp lệ.");
            }
        }
        String checkedPhone = null;
        if (!phone.isEmpty()) {
            Optional<String> normalised = PhoneNumbers.normalise(phone);
            if (normalised.isPresent()) {
                checkedPhone = normalised.get();
            } else {
                errors.add("Số điện thoại không hợp lệ (ví dụ: 0912 345 678).");
            }
        }
        if (email.isEmpty() && phone.isEmpty()) {
            errors.add("Vui lòng nhập ít nhất một cách liên hệ: e-mail hoặc số điện thoại.");
        }
        return new Contact(name, checkedEmail, checkedPhone);
    }
}
