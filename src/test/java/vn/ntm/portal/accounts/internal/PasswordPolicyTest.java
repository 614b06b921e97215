package vn.ntm.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.check("Lua-chin-vang-2026", "nguyenvana")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.check("abc12345", "x")).hasValue("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(PasswordPolicy.check(null, "x")).isPresent();
    }

    @Test
    void needsLettersAndDigits() {
        assertThat(PasswordPolicy.check("chi-co-chu-cai", "x")).hasValue("Mật khẩu phải có cả chữ cái và chữ số.");
        assertThat(PasswordPolicy.check("1234567890123", "x")).hasValue("Mật khẩu phải có cả chữ cái và chữ số.");
    }

    @Test
    void refusesTheUserName() {
        assertThat(PasswordPolicy.check("NguyenVanA2026", "nguyenvana")).hasValue("Mật khẩu không được chứa tên đăng nhập.");
    }

    @Test
    void refusesCommonPasswords() {
        assertThat(PasswordPolicy.check("Password123", "x")).hasValue("Mật khẩu này quá phổ biến, vui lòng chọn mật khẩu khác.");
        assertThat(PasswordPolicy.check("vietnam1234", "x")).isPresent();
    }

    @Test
    void generatedFirstAdministratorPasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            assertThat(PasswordPolicy.check(FirstAdministrator.generate(), "admin")).isEmpty();
        }
    }

    @Test
    void lockOutStartsAtTheFifthFailure() {
        assertThat(SignInGuard.reachesLimit(4)).isFalse();
        assertThat(SignInGuard.reachesLimit(5)).isTrue();
        assertThat(SignInGuard.reachesLimit(6)).isTrue();
    }
}
