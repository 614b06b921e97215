package vn.ntm.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything in a rendered page that a browser could run: scripts other than the site's own,
 * event-handler attributes, script URLs, frames and objects from elsewhere, refresh and base tricks.
 */
final class HtmlSafety {

    private static final Pattern SCRIPT_URL = Pattern.compile("^\\s*(javascript|vbscript|data:text/html)", Pattern.CASE_INSENSITIVE);
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data", "background", "xlink:href", "poster", "srcdoc");

    private HtmlSafety() {
    }

    static List<String> problems(String html) {
        Document doc = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && !ownScript(e)) {
                problems.add("foreign script: " + e.outerHtml());
            }
            if (tag.equals("iframe") && !e.attr("src").startsWith("https://www.youtube-nocookie.com/embed/")) {
                problems.add("foreign frame: " + e.outerHtml());
            }
            if (List.of("object", "embed", "base", "svg", "math", "isindex").contains(tag)) {
                problems.add("forbidden element: " + e.outerHtml());
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                problems.add("meta refresh: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("event handler " + name + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && SCRIPT_URL.matcher(a.getValue()).find()) {
                    problems.add("script URL in " + name + " on <" + tag + ">: " + a.getValue());
                }
                if (name.equals("style") && a.getValue().toLowerCase(Locale.ROOT).matches(".*(expression|javascript|url\\().*")) {
                    problems.add("active style on <" + tag + ">: " + a.getValue());
                }
            }
        }
        return problems;
    }

    private static boolean ownScript(Element script) {
        String src = script.attr("src");
        if (!src.isEmpty()) {
            return src.startsWith("/static/") || src.startsWith("/webjars/");
        }
        return script.attr("type").equals("application/ld+json");
    }

    static List<String> payloads() {
        try (var in = HtmlSafety.class.getResourceAsStream("/security/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
