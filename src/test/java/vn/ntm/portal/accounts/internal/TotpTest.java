package vn.ntm.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, SHA-1 column (8 digits). */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(seconds), 8)).isEqualTo(expected);
    }

    /** RFC 4226 appendix D: HOTP values for counters 0..9. */
    @Test
    void matchesTheRfc4226TestVectors() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < expected.length; i++) {
            assertThat(Totp.hotp(RFC_KEY, i, 6)).as("counter " + i).isEqualTo(expected[i]);
        }
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideOnly() {
        String secret = Totp.base32(RFC_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        String current = Totp.code(RFC_KEY, now, 6);
        assertThat(Totp.verify(secret, current, now)).isTrue();
        assertThat(Totp.verify(secret, current, now.plusSeconds(30))).isTrue();
        assertThat(Totp.verify(secret, current, now.minusSeconds(30))).isTrue();
        assertThat(Totp.verify(secret, current, now.plusSeconds(90))).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }

    @Test
    void theMatchingStepIsTheStepWhoseCodeWasTyped() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = now.getEpochSecond() / 30;
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, now, 6), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, now.minusSeconds(30), 6), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, now.plusSeconds(30), 6), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, now.plusSeconds(60), 6), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12a456", now)).isEmpty();
    }

    @Test
    void newSecretsRoundTripThroughBase32AndTheUriNamesTheAccount() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.base32(Totp.decodeBase32(secret))).isEqualTo(secret);
        assertThat(Totp.uri("Văn phòng NTM", "admin", secret))
                .startsWith("otpauth://totp/V%C4%83n%20ph%C3%B2ng%20NTM:admin?secret=" + secret);
    }
}
