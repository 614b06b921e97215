package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Referrers are reduced to the external host; the own site and unreadable values are "direct". */
class ReferrersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.google.com/                                   | google.com
            https://www.google.com.vn/search?q=n%C3%B4ng+th%C3%B4n    | google.com.vn
            https://m.facebook.com/story.php?id=1                     | facebook.com
            https://l.facebook.com/l.php?u=https%3A%2F%2Fx            | facebook.com
            https://zalo.me/g/abc                                     | zalo.me
            https://baochinhphu.vn/bai-viet-102.htm                   | baochinhphu.vn
            HTTPS://WWW.Example.ORG./path                             | example.org
            android-app://com.google.android.gm/                      | com.google.android.gm
            https://nongthonmoi.example.vn/tin-tuc/a-1                | Trực tiếp / không rõ
            https://www.nongthonmoi.example.vn/                       | Trực tiếp / không rõ
            http://localhost:8080/                                    | Trực tiếp / không rõ
            ''                                                        | Trực tiếp / không rõ
            not a url                                                 | Trực tiếp / không rõ
            https://exa_mple.com/                                     | Trực tiếp / không rõ
            https://m.com/                                            | m.com
            """)
    void host(String referer, String expected) {
        assertThat(Referrers.host(referer, Set.of("nongthonmoi.example.vn", "localhost"))).isEqualTo(expected);
    }
}
