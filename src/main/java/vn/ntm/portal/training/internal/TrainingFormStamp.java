package vn.ntm.portal.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed time a registration form was served (the Q&A form's scheme, its own key): {@code <epoch millis>.<HMAC-SHA256>}. A form sent back
 * sooner than {@code ntm.training.min-fill-time} after it was served is a robot's; one older than a day, or
 * with a bad signature, is refused too.
 *
 * <p>The key is {@code ntm.training.form-secret} when it is set. Otherwise it is the secret kept in
 * {@code site_setting} under {@value #KEY}, shared by every node the way the stats module shares its
 * visitor-cookie secret: the first node to need it creates it with {@code ON CONFLICT DO NOTHING} and
 * then everyone re-reads, so nodes starting together still agree, and a form served by one node is
 * accepted by another. The stored secret is read once per node (a changed row takes effect at restart).
 */
@Component
public class TrainingFormStamp {

    public enum Verdict { OK, TOO_FAST, INVALID }

    static final String KEY = "training.formSecret";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final String settingKey;
    private final Duration minFillTime;
    private final Clock clock;
    private volatile byte[] key;

    @Autowired
    TrainingFormStamp(JdbcClient jdbc, @Value("${ntm.training.form-secret:}") String secret,
              @Value("${ntm.training.min-fill-time:3s}") Duration minFillTime) {
        this(jdbc, KEY, secret, minFillTime);
    }

    /** With the shared secret kept under another {@code site_setting} key (tests). */
    TrainingFormStamp(JdbcClient jdbc, String settingKey, String secret, Duration minFillTime) {
        this.jdbc = jdbc;
        this.settingKey = settingKey;
        this.key = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.minFillTime = minFillTime;
        this.clock = Clock.systemUTC();
    }

    public String issue() {
        return issue(clock.instant());
    }

    /** A stamp for the given time (tests use it to fill a form "a minute ago"). */
    public String issue(Instant servedAt) {
        String millis = String.valueOf(servedAt.toEpochMilli());
        return millis + "." + sign(millis);
    }

    public Verdict check(String stamp) {
        if (stamp == null || !stamp.matches("\\d{1,15}\\.[0-9a-f]{64}")) {
            return Verdict.INVALID;
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
                stamp.substring(stamp.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant served = Instant.ofEpochMilli(Long.parseLong(millis));
        Instant now = clock.instant();
        if (served.isAfter(now.plusSeconds(5)) || served.isBefore(now.minus(MAX_AGE))) {
            return Verdict.INVALID;
        }
        return served.plus(minFillTime).isAfter(now) ? Verdict.TOO_FAST : Verdict.OK;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("training-form:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    // the stored text itself is the key: any text works for HMAC
                    key = loadOrCreate().getBytes(StandardCharsets.UTF_8);
                }
                k = key;
            }
        }
        return k;
    }

    private String loadOrCreate() {
        Optional<String> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        jdbc.sql("INSERT INTO site_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                .param(settingKey).param(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .update();
        return read().orElseThrow(() -> new IllegalStateException("training form secret vanished"));
    }

    private Optional<String> read() {
        return jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(settingKey)
                .query(String.class).optional()
                .filter(v -> !v.isBlank());
    }
}
