package vn.ntm.portal.web.internal;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.portal.web.SitemapSource;

/** Web slice: sitemap index and slices, robots.txt, and the security headers the site sends. */
// other modules' servlet filters are not part of this slice
@WebMvcTest(controllers = SitemapController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.ntm\\.portal\\.(?!web\\.).*"))
@Import({SecurityConfiguration.class, PublicErrors.class})
class SitemapControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LayoutService layouts;

    @MockitoBean
    SitemapSource news;

    @Test
    void indexListsOneSliceper10000Urls() throws Exception {
        given(layouts.baseUrl()).willReturn("https://ntm.example.vn");
        given(news.name()).willReturn("news");
        given(news.size()).willReturn(25_000L);
        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andExpect(content().string(Matchers.containsString("<loc>https://ntm.example.vn/sitemap/news-3.xml</loc>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("news-4.xml"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'self'")));
    }

    @Test
    void sliceEscapesUrlsAndGivesLastModifiedInVietnamTime() throws Exception {
        given(layouts.baseUrl()).willReturn("https://ntm.example.vn");
        given(news.name()).willReturn("news");
        given(news.entries(10_000, 10_000)).willReturn(List.of(
                new SitemapSource.Entry("/tin-tuc/a-b-1?x=1&y=2", Instant.parse("2021-10-13T01:39:00Z"))));
        mvc.perform(get("/sitemap/news-2.xml"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<loc>https://ntm.example.vn/tin-tuc/a-b-1?x=1&amp;y=2</loc>")))
                .andExpect(content().string(Matchers.containsString("<lastmod>2021-10-13T08:39:00+07:00</lastmod>")));
    }

    @Test
    void unknownSitemapIsNotFound() throws Exception {
        given(news.name()).willReturn("news");
        mvc.perform(get("/sitemap/khong-co-1.xml")).andExpect(status().isNotFound());
    }

    @Test
    void robotsPointsToTheSitemap() throws Exception {
        given(layouts.baseUrl()).willReturn("https://ntm.example.vn");
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sitemap: https://ntm.example.vn/sitemap.xml")));
    }
}
