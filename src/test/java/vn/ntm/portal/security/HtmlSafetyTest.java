package vn.ntm.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker itself must catch what it is meant to catch, or the XSS tests prove nothing. */
class HtmlSafetyTest {

    @Test
    void everyPayloadPlacedRawInAPageIsCaughtUnlessItIsPlainText() {
        int caught = 0;
        for (String payload : HtmlSafety.payloads()) {
            if (!HtmlSafety.problems("<html><body><p>" + payload + "</p></body></html>").isEmpty()) {
                caught++;
            }
        }
        // a handful are inert text on their own (entity-encoded, template syntax, percent-encoded)
        assertThat(HtmlSafety.payloads()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(caught).isGreaterThanOrEqualTo(45);
    }

    @Test
    void theSitesOwnScriptsAndEmbedsPass() {
        String html = "<html><head><script src=\"/static/js/site.js\" defer></script>"
                + "<script type=\"application/ld+json\">{\"a\":1}</script></head><body>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"x\"></iframe><a href=\"/tin-tuc/a-1\">a</a></body></html>";
        assertThat(HtmlSafety.problems(html)).isEmpty();
    }
}
