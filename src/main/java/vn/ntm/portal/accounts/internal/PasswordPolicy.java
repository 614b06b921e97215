package vn.ntm.portal.accounts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rules for a new password; {@link #check} gives the Vietnamese reason a password is refused. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    // the most used passwords that would otherwise pass the length and letters+digits rules
    private static final Set<String> COMMON = Set.of(
            "password123", "password1234", "qwerty123456", "qwertyuiop1", "abc123456789", "1234567890a", "a1234567890",
            "123456789a", "iloveyou123", "admin12345", "admin123456", "administrator1", "matkhau123", "matkhau1234",
            "welcome123", "letmein1234", "abcd123456", "1qaz2wsx3edc", "zaq12wsxcde", "passw0rd123", "p4ssw0rd123",
            "123456789abc", "trustno1234", "football123", "monkey12345", "dragon12345", "vietnam123", "vietnam1234",
            "hanoi123456", "saigon12345", "nongthonmoi1", "nongthonmoi123", "ntm1234567");

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable for this user, or empty when it is. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("Mật khẩu phải có cả chữ cái và chữ số.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Mật khẩu không được chứa tên đăng nhập.");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("Mật khẩu này quá phổ biến, vui lòng chọn mật khẩu khác.");
        }
        return Optional.empty();
    }
}
