package vn.ntm.portal.stats.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed visitor cookie {@code ntm_v = uuid.epochMinute.mac}. The MAC (HMAC-SHA256, first 16
 * bytes, base64url) lets any node trust the id and the last-seen stamp without a shared session
 * store: only nodes holding the shared secret can issue a cookie that verifies.
 */
final class VisitorCookie {

    static final String NAME = "ntm_v";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    // uuid (36) + minute (≤ 20) + mac (22) + dots; anything longer is not ours
    private static final int MAX_LENGTH = 96;

    private final SecretKeySpec key;
    // Mac is not thread-safe and Mac.getInstance walks the provider list: one initialised Mac per thread
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    VisitorCookie(byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("visitor cookie secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The id and the minute the visitor was last stamped, read from a cookie that verified. */
    record Stamp(UUID id, long minute) {
    }

    String sign(UUID id, long epochMinute) {
        String payload = id + "." + epochMinute;
        return payload + "." + mac(payload);
    }

    /** The stamp of a cookie we issued; empty for a missing, malformed or tampered value. */
    Optional<Stamp> verify(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        int firstDot = value.indexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        // constant-time comparison, so the MAC cannot be guessed byte by byte from response times
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(payload.substring(0, firstDot));
            long minute = Long.parseLong(payload.substring(firstDot + 1));
            return Optional.of(new Stamp(id, minute));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String mac(String payload) {
        // doFinal resets the Mac for the next use on this thread
        byte[] full = macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
