package vn.ntm.portal.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.stats.Visitor;

class DocumentViewThrottleTest {

    private Instant now = Instant.parse("2026-05-04T08:00:00Z");
    private final ViewThrottle throttle = new ViewThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aVisitorCountsOncePerDocumentPerThirtyMinutesAndBotsNever() {
        Visitor reader = new Visitor(UUID.randomUUID(), false, false, "10.0.0.1");
        assertThat(throttle.counts(1, reader)).isTrue();
        assertThat(throttle.counts(1, reader)).as("again at once").isFalse();
        assertThat(throttle.counts(2, reader)).as("another document").isTrue();
        assertThat(throttle.counts(1, new Visitor(UUID.randomUUID(), false, false, "10.0.0.1"))).as("another visitor").isTrue();
        now = now.plus(Duration.ofMinutes(29));
        assertThat(throttle.counts(1, reader)).isFalse();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.counts(1, reader)).as("after 30 minutes").isTrue();
        assertThat(throttle.counts(3, new Visitor(UUID.randomUUID(), true, false, "10.0.0.2"))).as("a bot").isFalse();
        Visitor noCookie = new Visitor(null, false, true, "10.0.0.3");
        assertThat(throttle.counts(1, noCookie)).isTrue();
        assertThat(throttle.counts(1, new Visitor(null, false, true, "10.0.0.3"))).as("same address without a cookie").isFalse();
    }
}
