package vn.ntm.portal.news.editorial;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A word-level difference between two versions' text, as HTML with {@code <ins>} and {@code <del>}.
 * The bodies are compared as text (tags dropped, one paragraph per line); everything is escaped.
 */
public final class VersionDiff {

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|figcaption|tr|blockquote|div)>|<br\\s*/?>");

    private VersionDiff() {
    }

    /** The difference as HTML: one {@code <p>} per line, changed words marked. */
    public static String html(String before, String after) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(true)
                .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(before), lines(after));
        StringBuilder html = new StringBuilder();
        for (DiffRow row : rows) {
            html.append("<p>").append(row.getOldLine()).append("</p>\n");
        }
        return html.toString();
    }

    /** The article's text for comparing: title, lead, then the body's paragraphs. */
    public static String text(ArticleVersion v) {
        return v.title() + "\n" + v.lead() + "\n" + bodyText(v.bodyHtml());
    }

    static String bodyText(String html) {
        Matcher m = BLOCK_END.matcher(html == null ? "" : html);
        String withBreaks = m.replaceAll("$0\n");
        // the sanitizer with an empty policy keeps only text, still entity-encoded: decode the few it writes
        String text = TEXT_ONLY.sanitize(withBreaks.replace("\n", "&#10;"));
        return text.replace("&#10;", "\n").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#96;", "`").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
