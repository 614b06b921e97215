package vn.ntm.portal.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one HTML policy for rich text written by editors: text formatting, headings, lists, tables,
 * figures with captions, images and links. Scripts, event handlers, styles and foreign frames go.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br", "sub", "sup", "mark", "small")
                    .allowElements("img")
                    .allowUrlProtocols("https", "http")
                    .allowAttributes("src").matching((element, attr, value) ->
                            value.startsWith("/") || value.startsWith("https://") || value.startsWith("http://") ? value : null)
                    .onElements("img")
                    .allowAttributes("alt", "width", "height", "title").onElements("img")
                    .allowAttributes("loading").matching(true, "lazy").onElements("img")
                    .toFactory());

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
