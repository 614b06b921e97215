package vn.ntm.portal.qa.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed time a question form was served: {@code <epoch millis>.<HMAC-SHA256>}. A form sent back
 * sooner than {@code ntm.qa.min-fill-time} after it was served is a robot's; one older than a day, or
 * with a bad signature, is refused too. The key is {@code ntm.qa.form-secret}; when empty, one is
 * generated at start (then a form served by one node is refused by another, so set it on several nodes).
 */
@Component
public class FormStamp {

    public enum Verdict { OK, TOO_FAST, INVALID }

    private static final Logger log = LoggerFactory.getLogger(FormStamp.class);
    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final byte[] key;
    private final Duration minFillTime;
    private final Clock clock;

    FormStamp(@Value("${ntm.qa.form-secret:}") String secret, @Value("${ntm.qa.min-fill-time:3s}") Duration minFillTime) {
        if (secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.key = random;
            log.info("ntm.qa.form-secret is not set: question forms are signed with a key generated at start");
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
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
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("qa-form:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
