package vn.ntm.portal.news.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ntm.portal.shared.SafeHtml;
import vn.ntm.portal.web.SiteSettings;

/**
 * Serves article pages from memory. The page's slow-changing parts are cached for a minute; the live
 * parts (views, rating) are read separately through short caches so counters never look frozen.
 */
@Service
public class ArticleReader {

    private final ArticleStore store;
    private final CategoryStore categories;
    private final SiteSettings settings;
    private final LoadingCache<Long, Optional<ArticleDetail>> details;
    private final LoadingCache<Long, long[]> ratings;
    private final LoadingCache<Long, Long> views;

    ArticleReader(ArticleStore store, CategoryStore categories, SiteSettings settings) {
        this.store = store;
        this.categories = categories;
        this.settings = settings;
        this.details = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofSeconds(60)).build(this::load);
        this.ratings = Caffeine.newBuilder().maximumSize(50_000).refreshAfterWrite(Duration.ofSeconds(5))
                .build(id -> store.ratingOf(id).orElse(new long[] {0, 0}));
        this.views = Caffeine.newBuilder().maximumSize(50_000).refreshAfterWrite(Duration.ofSeconds(5))
                .build(store::viewCount);
    }

    public Optional<ArticleDetail> detail(long id) {
        return details.get(id);
    }

    /** Sum of stars and number of votes. */
    public long[] rating(long id) {
        return ratings.get(id);
    }

    /** Views written to the database (the caller adds this node's pending views). */
    public long storedViews(long id) {
        return views.get(id);
    }

    /** After the article changed (back office, scheduler), load it afresh on this node; other nodes follow within the TTL. */
    public void evict(long id) {
        details.invalidate(id);
    }

    /** After a vote on this node, show the new total at once. */
    public void ratingChanged(long id) {
        ratings.invalidate(id);
    }

    private Optional<ArticleDetail> load(long id) {
        // sanitised once per cache load, whatever wrote the row: stored XSS must never reach a reader
        return store.findPublished(id).map(a -> a.withBody(SafeHtml.sanitize(a.bodyHtml()))).flatMap(a -> categories.byId(a.mainCategoryId()).map(c -> new ArticleDetail(
                a, c, categories.ancestry(c),
                store.newer(a, settings.getInt("article.newerCount", 5)),
                store.older(a, settings.getInt("article.olderCount", 8)),
                store.tags(id), store.attachments(id))));
    }
}
