package vn.ntm.portal.news.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ntm.portal.shared.Paging;

/**
 * Pages of category and tag listings, the same for every reader, refreshed every few seconds so a
 * busy category costs one query per page per five seconds instead of one per request.
 */
@Service
public class ArticleLists {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final ArticleStore store;
    private final LoadingCache<Key, Paging<ArticleSummary>> pages;

    ArticleLists(ArticleStore store) {
        this.store = store;
        // refreshed in the background: readers get the previous page meanwhile, nobody waits on the query
        this.pages = Caffeine.newBuilder().maximumSize(20_000).refreshAfterWrite(FRESH_FOR)
                .expireAfterAccess(Duration.ofMinutes(5)).build(this::load);
    }

    public Paging<ArticleSummary> inCategories(List<Long> categoryIds, int page, int size) {
        return pages.get(new Key(categoryIds, 0, page, size));
    }

    public Paging<ArticleSummary> withTag(long tagId, int page, int size) {
        return pages.get(new Key(List.of(), tagId, page, size));
    }

    private Paging<ArticleSummary> load(Key key) {
        long offset = Paging.offset(key.page(), key.size());
        if (key.tagId() != 0) {
            return new Paging<>(store.withTag(key.tagId(), offset, key.size()), key.page(), key.size(), store.countWithTag(key.tagId()));
        }
        return new Paging<>(store.inCategories(key.categoryIds(), offset, key.size()), key.page(), key.size(),
                store.countInCategories(key.categoryIds()));
    }

    private record Key(List<Long> categoryIds, long tagId, int page, int size) {
    }
}
