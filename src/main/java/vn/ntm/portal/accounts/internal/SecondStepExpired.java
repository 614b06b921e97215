package vn.ntm.portal.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;

/** A code arrived with no pending second step, or one older than {@link PendingSecondStep#LIFETIME}. */
final class SecondStepExpired extends AccountStatusException {

    SecondStepExpired() {
        super("no pending second step");
    }
}
