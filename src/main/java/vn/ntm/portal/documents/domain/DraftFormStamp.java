package vn.ntm.portal.documents.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed time a draft's comment form was served: {@code <epoch millis>.<HMAC-SHA256>} over the draft and the
 * time. Sent back sooner than {@code ntm.documents.comment-min-fill-time} it is a robot's; older than a day, for
 * another draft, or badly signed, it is refused. The key is the row of {@code document_draft_secret}, made by the
 * migration, so every node signs and checks with the same key (the way the stats module keeps its cookie secret in
 * the database, which it exposes through no public API).
 */
@Component
public class DraftFormStamp {

    public enum Verdict { OK, TOO_FAST, INVALID }

    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Duration minFillTime;
    private final Clock clock = Clock.systemUTC();
    private volatile byte[] key;

    DraftFormStamp(JdbcClient jdbc, @Value("${ntm.documents.comment-min-fill-time:3s}") Duration minFillTime) {
        this.jdbc = jdbc;
        this.minFillTime = minFillTime;
    }

    public Duration minFillTime() {
        return minFillTime;
    }

    public String issue(long draftId) {
        return issue(draftId, clock.instant());
    }

    /** A stamp for the given time (tests use it to fill a form "a minute ago"). */
    public String issue(long draftId, Instant servedAt) {
        String millis = String.valueOf(servedAt.toEpochMilli());
        return millis + "." + sign(draftId, millis);
    }

    public Verdict check(long draftId, String stamp) {
        if (stamp == null || !stamp.matches("\\d{1,15}\\.[0-9a-f]{64}")) {
            return Verdict.INVALID;
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        if (!MessageDigest.isEqual(sign(draftId, millis).getBytes(StandardCharsets.US_ASCII),
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

    private String sign(long draftId, String millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("draft-comment:" + draftId + ":" + millis).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = jdbc.sql("SELECT secret FROM document_draft_secret WHERE id = 1").query(String.class).single()
                    .getBytes(StandardCharsets.UTF_8);
            key = k;
        }
        return k;
    }
}
