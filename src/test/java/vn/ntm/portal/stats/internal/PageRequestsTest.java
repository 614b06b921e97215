package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageRequestsTest {

    @Test
    void pagesAreCounted() {
        assertThat(PageRequests.isPage(new MockHttpServletRequest("GET", "/"))).isTrue();
        assertThat(PageRequests.isPage(new MockHttpServletRequest("GET", "/tin-tuc/xay-dung-nong-thon-moi-12"))).isTrue();
        assertThat(PageRequests.isPage(new MockHttpServletRequest("GET", "/van-ban"))).isTrue();
    }

    @Test
    void filesFeedsAndMachineryAreNot() {
        for (String path : new String[] {"/static/css/site.css", "/uploads/2025/anh.jpg", "/actuator/health", "/error",
                "/rss.xml", "/sitemap.xml", "/robots.txt", "/favicon.ico", "/manifest.json", "/a/b.JS", "/x.png",
                "/bai-hat.mp3", "/am-thanh.wav", "/hinh.webp", "/logo.svg"}) {
            assertThat(PageRequests.isPage(new MockHttpServletRequest("GET", path))).as(path).isFalse();
        }
    }

    @Test
    void onlyGetRequestsAreCounted() {
        assertThat(PageRequests.isPage(new MockHttpServletRequest("POST", "/tin-tuc/a-1/danh-gia"))).isFalse();
        assertThat(PageRequests.isPage(new MockHttpServletRequest("HEAD", "/"))).isFalse();
    }
}
