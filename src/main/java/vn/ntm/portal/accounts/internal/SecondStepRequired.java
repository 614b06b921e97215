package vn.ntm.portal.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right and the account uses two-step verification: not signed in yet. An
 * {@link AccountStatusException}, so the provider manager stops at it and the sign-in failure handler
 * turns it into a {@link PendingSecondStep}.
 */
final class SecondStepRequired extends AccountStatusException {

    private final long userId;
    private final String username;

    SecondStepRequired(long userId, String username) {
        super("second step required");
        this.userId = userId;
        this.username = username;
    }

    long userId() {
        return userId;
    }

    String username() {
        return username;
    }
}
