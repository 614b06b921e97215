package vn.ntm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertSettingsTest {

    @Test
    void registerNumbersHaveFourDigitsAtLeastThePrefixAndTheYear() {
        CertSettings s = new CertSettings("GCN-OCOP", "Hà Nội", "", java.util.List.of(), false, "PARTICIPATED", null, java.util.List.of(), 1);
        assertThat(s.registerNumber(1, 2021)).isEqualTo("0001/GCN-OCOP-2021");
        assertThat(s.registerNumber(123, 2021)).isEqualTo("0123/GCN-OCOP-2021");
        assertThat(s.registerNumber(12345, 2022)).isEqualTo("12345/GCN-OCOP-2022");
    }
}
