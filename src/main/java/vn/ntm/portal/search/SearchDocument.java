package vn.ntm.portal.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One searchable item as a source hands it to the index.
 *
 * @param kind         the source's {@link SearchSource#kind()}
 * @param id           the item's id in its table (the id the change-log trigger records)
 * @param title        the title as shown
 * @param text         the body as plain text (use {@link #plainText(String)} for HTML)
 * @param url          the item's public path, e.g. {@code /tin-tuc/slug-12}
 * @param published    when it was published (the date shown, the date filter and "newest first")
 * @param categoryId   the category for the category filter, or null
 * @param categoryName the category's name, or null
 * @param typeLabel    a finer type shown with the kind badge (e.g. a document type "Quyết định"), or null
 */
public record SearchDocument(String kind, long id, String title, String text, String url, Instant published,
                             Long categoryId, String categoryName, String typeLabel) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** The readable text of a piece of HTML (tags dropped, entities decoded, white space collapsed). */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return org.jsoup.Jsoup.parseBodyFragment(html).text();
    }
}
