package vn.ntm.portal.web;

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
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signed time a public form was served: {@code <epoch millis>.<HMAC-SHA256>}, the spam check of forms that
 * need no third-party captcha. A form sent back sooner than the minimum fill time after it was served is a
 * robot's; one older than a day, or with a bad signature, is refused too. Each form has its own purpose (mixed
 * into what is signed) and its own key.
 *
 * <p>The key is the configured secret when one is set. Otherwise it is the secret kept in {@code site_setting}
 * under the form's setting key, shared by every node the way the stats module shares its visitor-cookie secret:
 * the first node to need it creates it with {@code ON CONFLICT DO NOTHING} and then everyone re-reads, so nodes
 * starting together still agree, and a form served by one node is accepted by another. The stored secret is read
 * once per node (a changed row takes effect at restart).
 */
public class FormStamp {

    public enum Verdict { OK, TOO_FAST, INVALID }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private static final Pattern SHAPE = Pattern.compile("\\d{1,15}\\.[0-9a-f]{64}");

    private final JdbcClient jdbc;
    private final String purpose;
    private final String settingKey;
    private final Duration minFillTime;
    private final Clock clock;
    private volatile byte[] key;

    /**
     * @param purpose     what the form is, signed with the time, e.g. {@code qa-form}
     * @param settingKey  where the shared secret is kept in {@code site_setting} when {@code secret} is blank
     */
    protected FormStamp(JdbcClient jdbc, String purpose, String settingKey, String secret, Duration minFillTime) {
        this.jdbc = jdbc;
        this.purpose = purpose;
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
        if (stamp == null || !SHAPE.matcher(stamp).matches()) {
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

    /** One initialised MAC per thread: looking the algorithm up and keying it cost more than signing. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private String sign(String value) {
        // doFinal resets the MAC for the next use
        return HexFormat.of().formatHex(macs.get().doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8)));
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
        return read().orElseThrow(() -> new IllegalStateException(purpose + " secret vanished"));
    }

    private Optional<String> read() {
        return jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(settingKey)
                .query(String.class).optional()
                .filter(v -> !v.isBlank());
    }
}
