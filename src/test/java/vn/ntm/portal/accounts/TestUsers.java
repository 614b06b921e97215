package vn.ntm.portal.accounts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.Totp;
import vn.ntm.portal.accounts.internal.UserStore;

/** Creates users with a known password for tests; each name is new, so tests never share an account. */
public final class TestUsers {

    public static final String PASSWORD = "Mat-khau-thu-2026";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestUsers() {
    }

    /** A new enabled user holding the roles, password {@link #PASSWORD}; returns the user name. */
    public static String create(UserStore users, PasswordEncoder encoder, String... roles) {
        String name = "tester" + System.nanoTime() % 100000 + "x" + NEXT.incrementAndGet();
        users.create(name, name + "@example.test", "Người thử " + name, encoder.encode(PASSWORD), false, List.of(roles));
        return name;
    }

    /** Enrols the user in two-step verification with a new secret (no code spent yet); returns the secret. */
    public static String withTwoStep(UserStore users, String name) {
        String secret = Totp.newSecret();
        users.enrolTotp(users.findByLogin(name).orElseThrow().id(), secret, 0);
        return secret;
    }

    /** The code the authenticator app shows for the secret, {@code stepsLater} steps of 30 s from now. */
    public static String code(String secret, int stepsLater) {
        return Totp.code(Totp.decodeBase32(secret), Instant.now().plusSeconds(30L * stepsLater), 6);
    }
}
