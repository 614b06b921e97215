package vn.ntm.portal.shared;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
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

    private static final Set<String> SILENT = Set.of("script", "style", "template", "noscript", "iframe", "textarea");
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "u", "s", "span", "small", "mark", "sub",
            "sup", "code", "abbr");

    /**
     * The readable text of an HTML fragment (for search indexes and descriptions): tags dropped, entities
     * decoded, block boundaries as one space, runs of white space collapsed; nothing from scripts or styles.
     */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        int[] silent = {0};
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String name, List<String> attrs) {
                if (SILENT.contains(name)) {
                    silent[0]++;
                } else if (!INLINE.contains(name)) {
                    out.append(' ');
                }
            }

            @Override
            public void closeTag(String name) {
                if (SILENT.contains(name)) {
                    silent[0] = Math.max(0, silent[0] - 1);
                } else if (!INLINE.contains(name)) {
                    out.append(' ');
                }
            }

            @Override
            public void text(String text) {
                if (silent[0] == 0) {
                    out.append(text);
                }
            }
        });
        return out.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
