package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR ranges: parsing, normalising and matching, IPv4 and IPv6. */
class IpRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(textBlock = """
            203.0.113.0/24, 203.0.113.0, true
            203.0.113.0/24, 203.0.113.255, true
            203.0.113.0/24, 203.0.114.1, false
            10.0.0.0/8, 10.255.3.4, true
            10.0.0.0/8, 11.0.0.1, false
            192.168.1.128/25, 192.168.1.127, false
            192.168.1.128/25, 192.168.1.200, true
            172.16.0.0/12, 172.31.255.255, true
            172.16.0.0/12, 172.32.0.0, false
            198.51.100.7, 198.51.100.7, true
            198.51.100.7, 198.51.100.8, false
            0.0.0.0/0, 8.8.8.8, true
            0.0.0.0/0, 2001:db8::1, false
            2001:db8::/32, 2001:db8:ffff::1, true
            2001:db8::/32, 2001:db9::1, false
            2001:db8:abcd:12::/63, 2001:db8:abcd:13::5, true
            2001:db8:abcd:12::/63, 2001:db8:abcd:14::5, false
            ::1, ::1, true
            ::1, 127.0.0.1, false
            10.1.0.0/16, ::ffff:10.1.2.3, true
            """)
    void matches(String range, String address, boolean expected) {
        assertThat(IpRange.parse(range).contains(IpRange.address(address))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource(textBlock = """
            203.0.113.0/24, 203.0.113.0/24
            ' 192.168.1.5/24 ', 192.168.1.0/24
            198.51.100.7, 198.51.100.7/32
            2001:db8::1/32, 2001:db8:0:0:0:0:0:0/32
            ::1, 0:0:0:0:0:0:0:1/128
            ::ffff:10.0.0.0/104, 10.0.0.0/8
            """)
    void normalisesHostBitsAway(String input, String stored) {
        assertThat(IpRange.parse(input).text()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "example.com", "localhost", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4",
            "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/", "1.2.3.4/8/8", "2001:db8::/129", "2001:db8:::1", "1.2.3.4/abc", "12345"})
    void refusesWhatIsNoAddressWithAVietnameseMessage(String input) {
        assertThatThrownBy(() -> IpRange.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(địa chỉ|tiền tố).*");
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertThat(IpRange.address("localhost")).isNull();
        assertThat(IpRange.address("example.com")).isNull();
        assertThat(IpRange.address(null)).isNull();
    }
}
