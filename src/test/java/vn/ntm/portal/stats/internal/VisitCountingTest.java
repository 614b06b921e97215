package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.ntm.portal.stats.Visitor;

/** Visits, page views, cookies and online visitors, driven through the servlet filter. */
class VisitCountingTest extends StatsDatabaseTest {

    @Test
    void humanAndBotVisitsLandInSeparateRows() throws Exception {
        long humansBefore = visits(true);
        long botsBefore = visits(false);

        MockHttpServletResponse human = get("/", CHROME, null);
        get("/", GOOGLEBOT, null);
        get("/tin-tuc", "", null);
        flusher.flush();

        assertThat(visits(true) - humansBefore).isEqualTo(1);
        assertThat(visits(false) - botsBefore).as("Googlebot and the empty user agent").isEqualTo(2);
        assertThat(human.getHeader("Set-Cookie")).startsWith(VisitorCookie.NAME + "=")
                .contains("Path=/", "Max-Age=63072000", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void cookieIsSecureOnHttps() throws Exception {
        MockHttpServletRequest request = request("/", CHROME, null);
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Set-Cookie")).contains("Secure");
    }

    @Test
    void theCookieContinuesTheVisitAndIdentifiesTheVisitor() throws Exception {
        String value = get("/", CHROME, null).getCookie(VisitorCookie.NAME).getValue();
        flusher.flush();
        long visitsBefore = visits(true);
        long viewsBefore = pageViews(true);

        MockHttpServletRequest again = request("/van-ban", CHROME, value);
        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(again, second, new MockFilterChain());
        flusher.flush();

        assertThat(stats.visitor(again)).isEqualTo(new Visitor(idOf(value), false, false, "127.0.0.1"));
        assertThat(second.getHeader("Set-Cookie")).as("stamp is fresh: no new cookie").isNull();
        assertThat(visits(true) - visitsBefore).isZero();
        assertThat(pageViews(true) - viewsBefore).isEqualTo(1);
    }

    @Test
    void firstRequestHasNoProvenIdButMarksTheVisitorOnline() throws Exception {
        long onlineBefore = stats.counters().onlineNow();
        MockHttpServletRequest request = request("/", CHROME, null);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        get("/", GOOGLEBOT, null);
        flusher.flush();

        Visitor visitor = stats.visitor(request);
        assertThat(visitor.known()).isFalse();
        assertThat(visitor.newVisit()).isTrue();
        UUID issued = idOf(response.getCookie(VisitorCookie.NAME).getValue());
        assertThat(jdbc.sql("SELECT count(*) FROM stats_online WHERE visitor_id = ?").param(issued).query(Long.class).single())
                .isEqualTo(1);
        assertThat(stats.counters().onlineNow()).as("bots are not online visitors").isEqualTo(onlineBefore + 1);
    }

    @Test
    void cookieSignedByAnotherNodeWithTheSharedSecretIsAccepted() throws Exception {
        get("/", CHROME, null);
        String secret = jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(VisitorSecret.KEY)
                .query(String.class).single();
        UUID id = UUID.randomUUID();
        long minute = Instant.now().getEpochSecond() / 60;
        String fromOtherNode = new VisitorCookie(secret.getBytes(StandardCharsets.UTF_8)).sign(id, minute - 45);
        String forged = new VisitorCookie("not-the-secret".getBytes(StandardCharsets.UTF_8)).sign(id, minute);

        MockHttpServletRequest known = request("/", CHROME, fromOtherNode);
        filter.doFilter(known, new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletRequest stranger = request("/", CHROME, forged);
        filter.doFilter(stranger, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(stats.visitor(known)).as("45 minutes idle: same visitor, new visit")
                .isEqualTo(new Visitor(id, false, true, "127.0.0.1"));
        assertThat(stats.visitor(stranger).known()).isFalse();
    }

    @Test
    void filesFeedsAndPostsAreNotCounted() throws Exception {
        long before = pageViews(true) + pageViews(false);
        get("/static/css/site.css", CHROME, null);
        get("/rss.xml", CHROME, null);
        MockHttpServletRequest post = request("/tin-tuc/a-1/danh-gia", CHROME, null);
        post.setMethod("POST");
        MockHttpServletResponse postResponse = new MockHttpServletResponse();
        filter.doFilter(post, postResponse, new MockFilterChain());
        flusher.flush();

        assertThat(pageViews(true) + pageViews(false)).isEqualTo(before);
        assertThat(postResponse.getHeader("Set-Cookie")).isNull();
        assertThat(stats.visitor(post).known()).isFalse();
    }
}
