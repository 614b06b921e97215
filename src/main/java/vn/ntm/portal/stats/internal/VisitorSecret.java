package vn.ntm.portal.stats.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The HMAC secret of the visitor cookie, shared by all nodes through {@code site_setting}. The first
 * node to need it creates it with {@code ON CONFLICT DO NOTHING} and then everyone re-reads, so
 * nodes starting together still agree on one secret. Re-read every minute so a rotated secret
 * reaches every node quickly (nodes disagreeing would turn every request into a new visit).
 */
@Component
class VisitorSecret {

    static final String KEY = "stats.visitorSecret";
    private static final Logger log = LoggerFactory.getLogger(VisitorSecret.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private volatile String value;
    private volatile VisitorCookie cookie;

    VisitorSecret(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    VisitorCookie cookie() {
        VisitorCookie c = cookie;
        if (c == null) {
            synchronized (this) {
                if (cookie == null) {
                    use(loadOrCreate());
                }
                c = cookie;
            }
        }
        return c;
    }

    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    void refresh() {
        if (cookie == null) {
            return;
        }
        try {
            read().filter(v -> !v.equals(value)).ifPresent(this::use);
        } catch (RuntimeException e) {
            log.warn("Could not re-read the visitor cookie secret; keeping the current one", e);
        }
    }

    private synchronized void use(String secret) {
        // the stored text itself is the key: any text works for HMAC, so a hand-edited value cannot break decoding
        this.cookie = new VisitorCookie(secret.getBytes(StandardCharsets.UTF_8));
        this.value = secret;
    }

    private String loadOrCreate() {
        Optional<String> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        jdbc.sql("INSERT INTO site_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                .param(KEY).param(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .update();
        return read().orElseThrow(() -> new IllegalStateException("visitor cookie secret vanished"));
    }

    private Optional<String> read() {
        return jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(KEY)
                .query(String.class).optional()
                .filter(v -> !v.isBlank());
    }
}
