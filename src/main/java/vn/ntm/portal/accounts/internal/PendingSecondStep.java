package vn.ntm.portal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in whose password was right, waiting for the two-step code: kept in the (not yet
 * authenticated) session for {@link #LIFETIME}. Immutable, so every change is a new attribute value
 * and reaches the JDBC session store.
 */
public record PendingSecondStep(long userId, String username, Instant startedAt, int attempts) implements Serializable {

    /** The page that asks for the code. */
    public static final String PAGE = "/dang-nhap/xac-thuc-hai-buoc";
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final String ATTRIBUTE = PendingSecondStep.class.getName();

    /** The pending step of the request's session, expired or not. */
    public static Optional<PendingSecondStep> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSecondStep p ? Optional.of(p) : Optional.empty();
    }

    /** Drops the request's pending step, if any. */
    public static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** Stores this as the pending step of the request's session. */
    public void store(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }

    PendingSecondStep withFailedAttempt() {
        return new PendingSecondStep(userId, username, startedAt, attempts + 1);
    }
}
