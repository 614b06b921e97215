package vn.ntm.portal.accounts.internal;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out after repeated failed sign-ins: {@value #MAX_FAILURES} failures within five minutes lock
 * the account name, and separately the address, for thirty minutes. Kept in PostgreSQL (database
 * time) so every node sees the same counts and locks.
 */
@Component
public class SignInGuard {

    public static final int MAX_FAILURES = 5;
    static final String WINDOW = "5 minutes";
    static final String LOCK = "30 minutes";

    private final JdbcClient jdbc;

    SignInGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean locked(String username, String ip) {
        return jdbc.sql("SELECT count(*) FROM sign_in_lock WHERE lock_key IN (?, ?) AND until > now()")
                .params(userKey(username), ipKey(ip)).query(Long.class).single() > 0;
    }

    /** Records a failure; true when this failure locked the account name or the address. */
    @Transactional
    public boolean failed(String username, String ip) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE at < now() - interval '1 day'").update();
        jdbc.sql("INSERT INTO sign_in_failure (username, ip) VALUES (?, ?)").params(normal(username), ip).update();
        long byUser = jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE lower(username) = ? AND at > now() - interval '" + WINDOW + "'")
                .param(normal(username)).query(Long.class).single();
        long byIp = jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE ip = ? AND at > now() - interval '" + WINDOW + "'")
                .param(ip).query(Long.class).single();
        boolean locked = false;
        if (reachesLimit(byUser)) {
            lock(userKey(username));
            locked = true;
        }
        if (reachesLimit(byIp)) {
            lock(ipKey(ip));
            locked = true;
        }
        return locked;
    }

    /** A successful sign-in forgets the account's earlier failures. */
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE lower(username) = ?").param(normal(username)).update();
    }

    /** Lifts the lock of an account (administrator action). */
    public void unlock(String username) {
        jdbc.sql("DELETE FROM sign_in_lock WHERE lock_key = ?").param(userKey(username)).update();
        succeeded(username);
    }

    static boolean reachesLimit(long failuresInWindow) {
        return failuresInWindow >= MAX_FAILURES;
    }

    private void lock(String key) {
        jdbc.sql("""
                INSERT INTO sign_in_lock (lock_key, until) VALUES (?, now() + interval '%s')
                ON CONFLICT (lock_key) DO UPDATE SET until = EXCLUDED.until""".formatted(LOCK))
                .param(key).update();
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String userKey(String username) {
        return "user:" + normal(username);
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }
}
