package vn.ntm.portal.accounts.internal;

import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Checks the second step of a sign-in: the account is read again (it may have been disabled or left
 * two-step verification meanwhile), then the lock-out, then the code. A code is accepted only for a
 * time step later than the last one accepted for the user, spent in one conditional UPDATE, so a code
 * works once, on one node. Wrong and spent codes count towards the lock-out like wrong passwords.
 */
class SecondStepProvider implements AuthenticationProvider {

    private final UserStore users;
    private final SignInGuard guard;

    SecondStepProvider(UserStore users, SignInGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SecondStepToken token = (SecondStepToken) authentication;
        UserRow user = users.find(token.pending().userId()).filter(UserRow::totpEnabled).orElseThrow(SecondStepExpired::new);
        if (!user.enabled()) {
            throw new DisabledException("disabled");
        }
        if (guard.locked(user.username(), token.ip())) {
            throw new LockedException("locked");
        }
        String code = token.getCredentials() == null ? "" : token.getCredentials().toString();
        OptionalLong step = Totp.matchingStep(user.totpSecret(), code, Instant.now());
        if (step.isEmpty() || !users.acceptTotpStep(user.id(), step.getAsLong())) {
            SignInProvider.fail(guard, user.username(), token.ip(), new BadCredentialsException("wrong or spent code"));
        }
        guard.succeeded(user.username());
        return SignInProvider.signedIn(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return SecondStepToken.class.isAssignableFrom(authentication);
    }
}
