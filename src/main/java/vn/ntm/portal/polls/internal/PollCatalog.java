package vn.ntm.portal.polls.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollResults;

/**
 * Polls and their results as this node last read them, for at most {@code ntm.polls.cache-ttl} (1 s): under a
 * stream of votes the poll page and each vote's checks cost no repeated reads, and every node catches up within the
 * TTL. A back-office change on this node drops its entries at once ({@link #forget()}).
 */
@Component
public class PollCatalog {

    private final PollStore store;
    private final LoadingCache<String, Optional<Poll>> polls;
    private final LoadingCache<Long, PollResults> results;

    PollCatalog(PollStore store, PollsProperties props) {
        this.store = store;
        this.polls = Caffeine.newBuilder().expireAfterWrite(props.cacheTtl()).maximumSize(2_000)
                .build(key -> key.matches("\\d{1,18}") ? store.find(Long.parseLong(key)) : store.findBySlug(key));
        this.results = Caffeine.newBuilder().expireAfterWrite(props.cacheTtl()).maximumSize(2_000)
                .build(id -> store.find(id).map(p -> PollResults.of(p, store.ballots(id), store.counts(id))).orElse(null));
    }

    /** By id (digits) or slug. */
    public Optional<Poll> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.length() > 120 || !idOrSlug.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return polls.get(idOrSlug);
    }

    public PollResults results(Poll poll) {
        PollResults r = results.get(poll.id());
        return r == null ? PollResults.of(poll, 0, java.util.Map.of()) : r;
    }

    public void forget() {
        polls.invalidateAll();
        results.invalidateAll();
    }
}
