package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user-agent classifier on real user agents, one row each: browser | system | device. */
class UserAgentsTest {

    @ParameterizedTest(name = "{1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36 | Chrome | Android | Điện thoại
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 | Chrome | Windows | Máy tính
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/123.0.192 Chrome/117.0.5938.192 Safari/537.36 | Cốc Cốc | Windows | Máy tính
            Mozilla/5.0 (Linux; Android 10; CPH2185) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/118.0.208 Mobile Chrome/112.0.5615.208 Mobile Safari/537.36 | Cốc Cốc | Android | Điện thoại
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1 | Safari | iOS | Điện thoại
            Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 | Safari | iOS | Máy tính bảng
            Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15 | Safari | macOS | Máy tính
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1 | Chrome | iOS | Điện thoại
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 | Edge | Windows | Máy tính
            Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 EdgA/120.0.2210.115 | Edge | Android | Điện thoại
            Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0 | Firefox | Windows | Máy tính
            Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0 | Firefox | Linux | Máy tính
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15 | Firefox | iOS | Điện thoại
            Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36 | Samsung Internet | Android | Điện thoại
            Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36 | Samsung Internet | Android | Máy tính bảng
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0 | Opera | Windows | Máy tính
            Mozilla/5.0 (Linux; Android 12; M2101K6G Build/SKQ1.210908.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Zalo android/12100522 ZaloTheme/light ZaloLanguage/vn | Zalo in-app | Android | Điện thoại
            Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/473 ZaloTheme/light ZaloLanguage/vn | Zalo in-app | iOS | Điện thoại
            Mozilla/5.0 (Linux; Android 13; 22101316G Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/445.0.0.34.118;] | Facebook in-app | Android | Điện thoại
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5] | Facebook in-app | iOS | Điện thoại
            Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 | Chrome | Khác | Máy tính
            Mozilla/5.0 (Linux; Android 11; Lenovo TB-J606F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 | Chrome | Android | Máy tính bảng
            Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | Khác | Khác | Máy tính
            curl/8.5.0 | Khác | Khác | Máy tính
            Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko | Khác | Windows | Máy tính
            """)
    void classifiesRealUserAgents(String userAgent, String browser, String os, String device) {
        assertThat(UserAgents.classify(userAgent)).isEqualTo(new UserAgents.Agent(browser, os, device));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void aMissingUserAgentIsUnknown(String userAgent) {
        assertThat(UserAgents.classify(userAgent)).isEqualTo(new UserAgents.Agent("Khác", "Khác", "Máy tính"));
        assertThat(UserAgents.classify(null)).isEqualTo(new UserAgents.Agent("Khác", "Khác", "Máy tính"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1
            Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 x
            """)
    void everyLabelIsOneOfTheFixedLists(String userAgent) {
        UserAgents.Agent a = UserAgents.classify(userAgent + " ".repeat(3000) + "Firefox/1");
        assertThat(UserAgents.BROWSER_LABELS).contains(a.browser());
        assertThat(UserAgents.OS_LABELS).contains(a.os());
        assertThat(UserAgents.DEVICE_LABELS).contains(a.device());
    }
}
