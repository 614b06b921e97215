package vn.ntm.portal.news.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.web.PageFrame;

/**
 * Whole article pages rendered once and kept as bytes with two holes, the live view count and the
 * per-response CSRF token, filled in at serve time. An entry is keyed by what it shows: the
 * article as loaded, its rating and the version of the site frame, so it never outlives any of them.
 */
@Component
class CachedArticlePages {

    static final String VIEWS_HOLE = "ntmHoleViews0f3a";
    static final String CSRF_HOLE = "ntmHoleCsrf0f3a";
    private static final byte[] VIEWS_MARK = VIEWS_HOLE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CSRF_MARK = CSRF_HOLE.getBytes(StandardCharsets.US_ASCII);

    private final TemplateEngine templates;
    private final PageFrame frame;
    private final ArticlePageMeta pageMeta;
    private final Cache<Key, Page> pages = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<Key, Page>weigher((k, p) -> p.size())
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    CachedArticlePages(TemplateEngine templates, PageFrame frame, ArticlePageMeta pageMeta) {
        this.templates = templates;
        this.frame = frame;
        this.pageMeta = pageMeta;
    }

    Page page(ArticleDetail detail, RatingView rating, String csrfParam) {
        Key key = new Key(detail.article().id(), System.identityHashCode(detail), frame.version(), rating.sum(), rating.count());
        return pages.get(key, k -> render(detail, rating, csrfParam));
    }

    private Page render(ArticleDetail detail, RatingView rating, String csrfParam) {
        var view = new ArticleView(detail, rating, VIEWS_HOLE, csrfParam, CSRF_HOLE, null, false, null);
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render("news/article.jte", Map.of("layout", frame.layout(), "meta", pageMeta.of(detail, rating), "page", view), output);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength());
        try {
            output.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Page.split(bytes.toByteArray());
    }

    private record Key(long articleId, int detailIdentity, long frameVersion, long ratingSum, long ratingCount) {
    }

    /** Page bytes cut at the holes; {@code holes[i]} says which value goes after {@code segments[i]}. */
    record Page(List<byte[]> segments, List<Boolean> viewsHoles) {

        static Page split(byte[] html) {
            List<byte[]> segments = new ArrayList<>();
            List<Boolean> holes = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < html.length; i++) {
                boolean views = matches(html, i, VIEWS_MARK);
                if (views || matches(html, i, CSRF_MARK)) {
                    segments.add(Arrays.copyOfRange(html, start, i));
                    holes.add(views);
                    i += (views ? VIEWS_MARK : CSRF_MARK).length - 1;
                    start = i + 1;
                }
            }
            segments.add(Arrays.copyOfRange(html, start, html.length));
            return new Page(List.copyOf(segments), List.copyOf(holes));
        }

        int size() {
            return segments.stream().mapToInt(s -> s.length).sum();
        }

        int length(byte[] views, byte[] csrf) {
            int length = size();
            for (boolean v : viewsHoles) {
                length += v ? views.length : csrf.length;
            }
            return length;
        }

        /** The whole page in one array, so the container sends it with one write instead of one per segment. */
        byte[] fill(byte[] views, byte[] csrf) {
            byte[] page = new byte[length(views, csrf)];
            int at = 0;
            for (int i = 0; i < segments.size(); i++) {
                byte[] segment = segments.get(i);
                System.arraycopy(segment, 0, page, at, segment.length);
                at += segment.length;
                if (i < viewsHoles.size()) {
                    byte[] value = viewsHoles.get(i) ? views : csrf;
                    System.arraycopy(value, 0, page, at, value.length);
                    at += value.length;
                }
            }
            return page;
        }

        private static boolean matches(byte[] html, int at, byte[] mark) {
            if (at + mark.length > html.length || html[at] != mark[0]) {
                return false;
            }
            for (int j = 1; j < mark.length; j++) {
                if (html[at + j] != mark[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
