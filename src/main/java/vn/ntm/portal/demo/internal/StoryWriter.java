package vn.ntm.portal.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.ntm.portal.shared.Xml;

/**
 * Writes the body of one story: an opening paragraph, two to six paragraphs of the topic (with some
 * shared ones mixed in), a closing paragraph, and one or two figures with alt text and a caption.
 */
final class StoryWriter {

    /** A picture used in an article: where it is, what it shows, what the caption says. */
    record Figure(String path, String alt, String caption) {
    }

    private final TemplateBook book;

    StoryWriter(TemplateBook book) {
        this.book = book;
    }

    Figure figure(ImageCatalog.Image image, Filler filler, RandomGenerator r) {
        return new Figure(image.path(), pick(r, book.alts(image.theme())),
                filler.fill(pick(r, book.captions(image.theme()))));
    }

    String body(Topic topic, Filler filler, RandomGenerator r, List<Figure> figures) {
        int middle = 2 + r.nextInt(5);
        int shared = Math.min(middle - 1, r.nextInt(3));
        List<String> paragraphs = new ArrayList<>(middle + 2);
        paragraphs.add(pick(r, topic.openings()));
        List<String> own = sample(topic.paragraphs(), middle - shared, r);
        List<String> common = sample(book.commonParagraphs(), middle - own.size(), r);
        paragraphs.addAll(own);
        // shared paragraphs go in the second half, where general remarks sit in real reports
        for (String p : common) {
            int at = paragraphs.size() / 2 + 1 + r.nextInt(paragraphs.size() - paragraphs.size() / 2);
            paragraphs.add(Math.min(at, paragraphs.size()), p);
        }
        List<String> closings = topic.closings().isEmpty() ? book.commonClosings() : topic.closings();
        paragraphs.add(pick(r, closings));

        StringBuilder html = new StringBuilder(4096);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 1 && !figures.isEmpty()) {
                appendFigure(html, figures.get(0));
            }
            if (i == paragraphs.size() - 1 && figures.size() > 1) {
                appendFigure(html, figures.get(1));
            }
            html.append("<p>").append(escape(filler.fill(paragraphs.get(i)))).append("</p>\n");
        }
        return html.toString();
    }

    private static void appendFigure(StringBuilder html, Figure f) {
        html.append("<figure><img src=\"").append(escape(f.path())).append("\" alt=\"").append(escape(f.alt()))
                .append("\" width=\"").append(ImageCatalog.WIDTH).append("\" height=\"").append(ImageCatalog.HEIGHT)
                .append("\" loading=\"lazy\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
    }

    /** Up to {@code n} distinct entries in random order (a partial Fisher–Yates shuffle). */
    static <T> List<T> sample(List<T> from, int n, RandomGenerator r) {
        List<T> copy = new ArrayList<>(from);
        int k = Math.min(n, copy.size());
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, k);
    }

    static <T> T pick(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static String escape(String text) {
        return Xml.escape(text);
    }
}
