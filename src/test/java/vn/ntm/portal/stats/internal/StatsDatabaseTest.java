package vn.ntm.portal.stats.internal;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.ntm.portal.stats.StatsApi;

/**
 * Base of the statistics tests that need the whole application and its PostgreSQL. The scheduled
 * flush is pushed an hour away so each test decides when counts are written; an own database
 * directory keeps these tests apart from other suites and from a developer's running portal.
 * Tests compare before/after figures or use hours of their own, so they do not depend on each other.
 */
@SpringBootTest(properties = {
        "ntm.embedded-db.dir=target/stats-it-postgres",
        "ntm.embedded-db.clean=true",
        "ntm.stats.flush-interval=1h"})
abstract class StatsDatabaseTest {

    static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Autowired VisitorFilter filter;
    @Autowired StatsApi stats;
    @Autowired StatsFlusher flusher;
    @Autowired StatsWriter writer;
    @Autowired JdbcClient jdbc;

    /** Starts each test with nothing pending on this node, so before/after figures are its own. */
    @BeforeEach
    void writeWhatEarlierTestsCounted() {
        flusher.flush();
    }

    /** A GET through the statistics filter, as the servlet container would run it. */
    MockHttpServletResponse get(String path, String userAgent, String cookie) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(path, userAgent, cookie), response, new MockFilterChain());
        return response;
    }

    static MockHttpServletRequest request(String path, String userAgent, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (userAgent != null) {
            request.addHeader("User-Agent", userAgent);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(VisitorCookie.NAME, cookie));
        }
        return request;
    }

    static UUID idOf(String cookieValue) {
        return UUID.fromString(cookieValue.substring(0, cookieValue.indexOf('.')));
    }

    long visits(boolean human) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_hourly WHERE human = ?")
                .param(human).query(Long.class).single();
    }

    long pageViews(boolean human) {
        return jdbc.sql("SELECT coalesce(sum(page_views), 0) FROM stats_hourly WHERE human = ?")
                .param(human).query(Long.class).single();
    }

    /** visits and page views of one stats_hourly row, or null when there is no such row. */
    Long[] row(Instant hour, boolean human) {
        return jdbc.sql("SELECT visits, page_views FROM stats_hourly WHERE hour = ? AND human = ?")
                .params(hour.atOffset(ZoneOffset.UTC), human)
                .query((rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)})
                .optional().orElse(null);
    }

    long newArticle() {
        String slug = "thong-ke-" + UUID.randomUUID();
        long category = jdbc.sql("INSERT INTO category (slug, name) VALUES (?, 'Thử nghiệm') RETURNING id")
                .param(slug).query(Long.class).single();
        return jdbc.sql("INSERT INTO article (slug, title, main_category_id) VALUES (?, 'Bài thử', ?) RETURNING id")
                .params(slug, category).query(Long.class).single();
    }

    long viewCount(long articleId) {
        return jdbc.sql("SELECT view_count FROM article WHERE id = ?").param(articleId).query(Long.class).single();
    }
}
