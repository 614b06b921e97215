package vn.ntm.portal.news.editorial;

import java.text.Normalizer;
import java.time.Instant;
import vn.ntm.portal.shared.SafeHtml;

/**
 * What an editor sends for an article. {@link #clean()} makes it safe to store: plain text fields in NFC,
 * trimmed and cut to length, the body through the one HTML policy whatever the editor's browser sent.
 */
public record ArticleInput(String title, String lead, String bodyHtml, long categoryId, String authorName, Instant expiresAt,
                           ExpiryAction expiryAction, String sourceName, String sourceUrl) {

    public static final int TITLE_MAX = 250;
    public static final int LEAD_MAX = 1000;
    public static final int AUTHOR_MAX = 120;
    public static final int SOURCE_MAX = 200;
    public static final int SOURCE_URL_MAX = 500;

    /** Without a source. */
    public ArticleInput(String title, String lead, String bodyHtml, long categoryId, String authorName, Instant expiresAt,
                        ExpiryAction expiryAction) {
        this(title, lead, bodyHtml, categoryId, authorName, expiresAt, expiryAction, "", "");
    }

    public ArticleInput clean() {
        return new ArticleInput(plain(title, TITLE_MAX), plain(lead, LEAD_MAX), SafeHtml.sanitize(bodyHtml), categoryId,
                plain(authorName, AUTHOR_MAX), expiresAt, expiryAction == null ? ExpiryAction.ARCHIVE : expiryAction,
                plain(sourceName, SOURCE_MAX), plain(sourceUrl, SOURCE_URL_MAX).replace(" ", ""));
    }

    /** The same input citing {@code url} as its source's address. */
    public ArticleInput withSourceUrl(String url) {
        return new ArticleInput(title, lead, bodyHtml, categoryId, authorName, expiresAt, expiryAction, sourceName, url);
    }

    /** One line of plain text: NFC, control characters and runs of white space collapsed, trimmed, cut at a code point. */
    static String plain(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (s.codePointCount(0, s.length()) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max)).strip();
        }
        return s;
    }
}
