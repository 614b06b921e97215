package vn.ntm.portal.accounts.internal;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the first step of a sign-in: lock-out first, then the password. Every failure counts
 * towards the lock-out, whether the account exists or not. For a user who enrolled in two-step
 * verification a right password does not sign in: it raises {@link SecondStepRequired}, and
 * {@link SecondStepProvider} finishes the sign-in once the code is right (the earlier failures are
 * forgotten only then, so a known password does not reset the count of wrong codes).
 */
class SignInProvider implements AuthenticationProvider {

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
        SignInDetails details = authentication.getDetails() instanceof SignInDetails d ? d : new SignInDetails("?");
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
        if (encoder.upgradeEncoding(user.passwordHash())) {
            users.setPassword(user.id(), encoder.encode(password), user.mustChangePassword());
        }
        if (user.totpEnabled()) {
            throw new SecondStepRequired(user.id(), user.username());
        }
        guard.succeeded(name);
        return signedIn(user);
    }

    /** The authentication of a user who passed every step. */
    static Authentication signedIn(UserRow user) {
        AccountUser principal = new AccountUser(user);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void fail(String name, String ip, BadCredentialsException failure) {
        fail(guard, name, ip, failure);
    }

    /** Counts a failure; throws {@link LockedException} if it locked the account or address, else the failure. */
    static void fail(SignInGuard guard, String name, String ip, BadCredentialsException failure) {
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
