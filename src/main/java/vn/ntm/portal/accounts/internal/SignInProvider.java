package vn.ntm.portal.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a sign-in: lock-out first, then password, then the two-step code for users who enrolled.
 * Every failure counts towards the lock-out, whether the account exists or not.
 */
class SignInProvider implements AuthenticationProvider {

    /** Raised for a missing or wrong two-step code after a correct password. */
    static final class CodeRequiredException extends BadCredentialsException {
        CodeRequiredException() {
            super("two-step code");
        }
    }

    private final UserStore users;
    private final SignInGuard guard;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    SignInProvider(UserStore users, SignInGuard guard, PasswordEncoder encoder) {
        this.users = users;
        this.guard = guard;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-real-password-0");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignInDetails details = authentication.getDetails() instanceof SignInDetails d ? d : new SignInDetails("?", "");
        Optional<UserRow> found = login.isEmpty() ? Optional.empty() : users.findByLogin(login);
        String name = found.map(UserRow::username).orElse(login);
        if (guard.locked(name, details.ip())) {
            throw new LockedException("locked");
        }
        // hash even for an unknown account, so timing does not tell which accounts exist
        boolean passwordOk = encoder.matches(password, found.map(UserRow::passwordHash).orElse(dummyHash)) && found.isPresent();
        if (!passwordOk) {
            fail(name, details.ip(), new BadCredentialsException("bad credentials"));
        }
        UserRow user = found.get();
        if (!user.enabled()) {
            throw new DisabledException("disabled");
        }
        if (user.totpEnabled() && !Totp.verify(user.totpSecret(), details.code(), Instant.now())) {
            fail(name, details.ip(), new CodeRequiredException());
        }
        guard.succeeded(name);
        if (encoder.upgradeEncoding(user.passwordHash())) {
            users.setPassword(user.id(), encoder.encode(password), user.mustChangePassword());
        }
        AccountUser principal = new AccountUser(user);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void fail(String name, String ip, BadCredentialsException failure) {
        if (guard.failed(name, ip)) {
            throw new LockedException("locked now");
        }
        throw failure;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
