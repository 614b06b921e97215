package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.stats.Visitor;

class VisitorResolverTest {

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final Instant NOW = Instant.parse("2025-03-10T08:15:30Z");
    private static final long NOW_MINUTE = NOW.getEpochSecond() / 60;
    private static final UUID ID = UUID.fromString("6f1c1d1e-0000-4000-8000-000000000001");

    private final VisitorCookie cookie = new VisitorCookie("test-secret-test-secret".getBytes(StandardCharsets.UTF_8));
    private final VisitorResolver resolver = new VisitorResolver(() -> cookie,
            new BotPatterns(java.util.List.of("bot", "crawl"))::isBot, StatsProperties.defaults());

    @Test
    void requestWithoutCookieStartsAVisitAndGetsANewSignedCookie() {
        VisitorResolver.Resolution r = resolver.resolve(null, CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor()).isEqualTo(new Visitor(null, false, true, "10.0.0.1"));
        assertThat(r.visitor().known()).isFalse();
        assertThat(r.trackingId()).isNotNull();
        assertThat(cookie.verify(r.cookie())).contains(new VisitorCookie.Stamp(r.trackingId(), NOW_MINUTE));
    }

    @Test
    void tamperedCookieIsTreatedAsNoCookie() {
        String forged = cookie.sign(ID, NOW_MINUTE - 5).replace(ID.toString(), UUID.randomUUID().toString());

        VisitorResolver.Resolution r = resolver.resolve(forged, CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor().id()).isNull();
        assertThat(r.visitor().newVisit()).isTrue();
        assertThat(r.trackingId()).isNotEqualTo(ID);
    }

    @Test
    void freshStampContinuesTheSameVisit() {
        VisitorResolver.Resolution r = resolver.resolve(cookie.sign(ID, NOW_MINUTE - 5), CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor()).isEqualTo(new Visitor(ID, false, false, "10.0.0.1"));
        // five minutes old: the stamp moves forward
        assertThat(cookie.verify(r.cookie())).contains(new VisitorCookie.Stamp(ID, NOW_MINUTE));
    }

    @Test
    void stampFromThisMinuteIsNotReissued() {
        VisitorResolver.Resolution r = resolver.resolve(cookie.sign(ID, NOW_MINUTE), CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor().newVisit()).isFalse();
        assertThat(r.cookie()).isNull();
    }

    @Test
    void stampThirtyMinutesOldStillContinuesTheVisit() {
        VisitorResolver.Resolution r = resolver.resolve(cookie.sign(ID, NOW_MINUTE - 30), CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor().newVisit()).isFalse();
    }

    @Test
    void staleStampStartsANewVisitOfTheSameVisitor() {
        VisitorResolver.Resolution r = resolver.resolve(cookie.sign(ID, NOW_MINUTE - 31), CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor()).isEqualTo(new Visitor(ID, false, true, "10.0.0.1"));
        assertThat(cookie.verify(r.cookie())).contains(new VisitorCookie.Stamp(ID, NOW_MINUTE));
    }

    @Test
    void stampFromTheFutureCountsAsJustSeen() {
        VisitorResolver.Resolution r = resolver.resolve(cookie.sign(ID, NOW_MINUTE + 2), CHROME, "10.0.0.1", NOW, true);

        assertThat(r.visitor().newVisit()).isFalse();
        assertThat(r.cookie()).isNull();
    }

    @Test
    void nonPageRequestNeitherStartsVisitsNorSetsCookies() {
        VisitorResolver.Resolution known = resolver.resolve(cookie.sign(ID, NOW_MINUTE - 45), CHROME, "10.0.0.1", NOW, false);
        VisitorResolver.Resolution unknown = resolver.resolve(null, CHROME, "10.0.0.1", NOW, false);

        assertThat(known.visitor()).isEqualTo(new Visitor(ID, false, false, "10.0.0.1"));
        assertThat(known.cookie()).isNull();
        assertThat(unknown.visitor()).isEqualTo(new Visitor(null, false, false, "10.0.0.1"));
        assertThat(unknown.cookie()).isNull();
        assertThat(unknown.trackingId()).isNull();
    }

    @Test
    void botsAreFlagged() {
        assertThat(resolver.resolve(null, "Googlebot/2.1", "66.249.66.1", NOW, true).visitor().bot()).isTrue();
        assertThat(resolver.resolve(null, null, "10.0.0.9", NOW, true).visitor().bot()).isTrue();
        assertThat(resolver.resolve(null, CHROME, "10.0.0.9", NOW, true).visitor().bot()).isFalse();
    }

    @Test
    void longerVisitTimeoutIsHonoured() {
        StatsProperties hour = new StatsProperties(null, Duration.ofMinutes(60), null, null, null, null, 0, null);
        VisitorResolver patient = new VisitorResolver(() -> cookie, ua -> false, hour);

        assertThat(patient.resolve(cookie.sign(ID, NOW_MINUTE - 45), CHROME, "1.1.1.1", NOW, true).visitor().newVisit()).isFalse();
        assertThat(patient.resolve(cookie.sign(ID, NOW_MINUTE - 61), CHROME, "1.1.1.1", NOW, true).visitor().newVisit()).isTrue();
    }
}
