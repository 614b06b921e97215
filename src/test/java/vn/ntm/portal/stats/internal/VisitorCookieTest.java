package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitorCookieTest {

    private static final UUID ID = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    private final VisitorCookie cookie = new VisitorCookie("shared-secret-of-all-nodes-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void signedValueVerifiesToItsIdAndMinute() {
        String value = cookie.sign(ID, 29_000_000L);

        assertThat(value).startsWith(ID + ".29000000.").matches("[0-9a-f-]+\\.[0-9]+\\.[A-Za-z0-9_-]{22}");
        assertThat(cookie.verify(value)).contains(new VisitorCookie.Stamp(ID, 29_000_000L));
    }

    @Test
    void anotherNodeWithTheSameSecretAcceptsTheCookie() {
        VisitorCookie otherNode = new VisitorCookie("shared-secret-of-all-nodes-0123456789".getBytes(StandardCharsets.UTF_8));

        assertThat(otherNode.verify(cookie.sign(ID, 5))).contains(new VisitorCookie.Stamp(ID, 5));
    }

    @Test
    void tamperedStampIsRejected() {
        String value = cookie.sign(ID, 29_000_000L);
        // moving the last-seen stamp forward would make an old visitor look fresh
        String tampered = value.replace(".29000000.", ".29000030.");

        assertThat(cookie.verify(tampered)).isEmpty();
    }

    @Test
    void tamperedIdIsRejected() {
        String value = cookie.sign(ID, 42);
        String tampered = "2" + value.substring(1);

        assertThat(cookie.verify(tampered)).isEmpty();
    }

    @Test
    void tamperedMacIsRejected() {
        String value = cookie.sign(ID, 42);
        char last = value.charAt(value.length() - 1);
        String tampered = value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(cookie.verify(tampered)).isEmpty();
        assertThat(cookie.verify(value.substring(0, value.length() - 1))).isEmpty();
    }

    @Test
    void cookieSignedWithAnotherSecretIsRejected() {
        VisitorCookie stranger = new VisitorCookie("some-other-secret".getBytes(StandardCharsets.UTF_8));

        assertThat(cookie.verify(stranger.sign(ID, 42))).isEmpty();
    }

    @Test
    void garbageIsRejected() {
        assertThat(cookie.verify(null)).isEmpty();
        assertThat(cookie.verify("")).isEmpty();
        assertThat(cookie.verify("abc")).isEmpty();
        assertThat(cookie.verify("..")).isEmpty();
        assertThat(cookie.verify(ID + ".42")).isEmpty();
        assertThat(cookie.verify("x".repeat(500))).isEmpty();
    }
}
