package vn.ntm.portal.qa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import vn.ntm.portal.shared.PhoneNumbers;
import org.junit.jupiter.api.Test;

/** Phone normalisation, tracking codes and the status transitions. */
class QaRulesTest {

    @Test
    void phoneNumbersBecomeInternational() {
        assertThat(PhoneNumbers.normalise("0912 345 678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("0912.345.678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("+84 912-345-678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("84912345678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("(024) 3823 4567")).as("Hà Nội landline").contains("+842438234567");
        assertThat(PhoneNumbers.normalise("0277 3851 234")).contains("+842773851234");
    }

    @Test
    void otherTextIsNotAPhoneNumber() {
        assertThat(PhoneNumbers.normalise("091234567")).as("too short").isEmpty();
        assertThat(PhoneNumbers.normalise("09123456789")).as("too long for a mobile").isEmpty();
        assertThat(PhoneNumbers.normalise("0112345678")).as("no such prefix").isEmpty();
        assertThat(PhoneNumbers.normalise("+1 202 555 0100")).isEmpty();
        assertThat(PhoneNumbers.normalise("số điện thoại")).isEmpty();
        assertThat(PhoneNumbers.normalise("")).isEmpty();
        assertThat(PhoneNumbers.normalise(null)).isEmpty();
    }

    @Test
    void trackingCodesUseCrockfordBase32AndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = TrackingCodes.generate(2026);
            assertThat(code).matches("HD-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(code.substring(8)).doesNotContain("I", "L", "O", "U");
            seen.add(code);
        }
        assertThat(seen).as("40 random bits: no repeats in 2,000").hasSize(2000);
        assertThat(TrackingCodes.ALPHABET).hasSize(32);
    }

    @Test
    void typedCodesAreReadLeniently() {
        assertThat(TrackingCodes.parse("HD-2026-7KQ4-9XMP")).contains("HD-2026-7KQ4-9XMP");
        assertThat(TrackingCodes.parse(" hd-2026-7kq4-9xmp ")).contains("HD-2026-7KQ4-9XMP");
        assertThat(TrackingCodes.parse("HD-2026-7KQ4-9XMO")).as("O read as 0").contains("HD-2026-7KQ4-9XM0");
        assertThat(TrackingCodes.parse("HD-2026-IKQ4-LXMP")).as("I and L read as 1").contains("HD-2026-1KQ4-1XMP");
        assertThat(TrackingCodes.parse("HD-2026-7KQ4-9XMU")).as("U is not in the alphabet").isEmpty();
        assertThat(TrackingCodes.parse("HD-2026-7KQ4")).isEmpty();
        assertThat(TrackingCodes.parse("' OR 1=1 --")).isEmpty();
        assertThat(TrackingCodes.parse(null)).isEmpty();
    }

    @Test
    void statusTransitions() {
        assertThat(QaStatus.RECEIVED.mayMoveTo(QaStatus.IN_PROGRESS)).isTrue();
        assertThat(QaStatus.RECEIVED.mayMoveTo(QaStatus.FORWARDED)).isTrue();
        assertThat(QaStatus.IN_PROGRESS.mayMoveTo(QaStatus.ANSWERED)).isTrue();
        assertThat(QaStatus.IN_PROGRESS.mayMoveTo(QaStatus.FORWARDED)).isTrue();
        assertThat(QaStatus.IN_PROGRESS.mayMoveTo(QaStatus.RECEIVED)).isFalse();
        for (QaStatus next : QaStatus.values()) {
            assertThat(QaStatus.ANSWERED.mayMoveTo(next)).as("answered is final").isFalse();
            assertThat(QaStatus.FORWARDED.mayMoveTo(next)).as("forwarded is final").isFalse();
        }
        assertThat(QaStatus.RECEIVED.open()).isTrue();
        assertThat(QaStatus.ANSWERED.open()).isFalse();
        assertThat(QaStatus.FORWARDED.label()).isEqualTo("Chuyển cơ quan khác");
        assertThat(QaStatus.parse("ANSWERED")).isEqualTo(QaStatus.ANSWERED);
        assertThat(QaStatus.parse("x")).isNull();
    }
}
