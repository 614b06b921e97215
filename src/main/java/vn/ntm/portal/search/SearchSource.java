package vn.ntm.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A module's searchable content: a bean implementing this is indexed by the search module. Its table needs a
 * trigger that logs changes with this source's {@link #kind()}:
 * {@code CREATE TRIGGER x_search AFTER INSERT OR DELETE OR UPDATE OF <columns> ON x FOR EACH ROW
 * EXECUTE FUNCTION search_log_change('<kind>');} (the id column must be called {@code id}).
 */
public interface SearchSource {

    /** The kind's code, unique, lower case and URL-safe, e.g. {@code bai-viet}; also the trigger's argument. */
    String kind();

    /** The kind's Vietnamese name for badges and the type filter, e.g. "Bài viết". */
    String label();

    /** Position among the kinds in the type filter (smaller first). */
    default int order() {
        return 100;
    }

    /** A category of this kind for the results page's category filter, e.g. a news category. */
    record Category(long id, String name) {
    }

    /** The categories offered in the category filter when this kind is chosen; none by default. */
    default List<Category> categories() {
        return List.of();
    }

    /**
     * Published items with an id above {@code afterId}, in id order, at most {@code limit} of them: the full
     * rebuild reads every item in such batches (keyset paging, so memory stays flat whatever the size).
     */
    List<SearchDocument> batch(long afterId, int limit);

    /** The item as it should be found now, or empty when it is missing or not public (it is then removed). */
    Optional<SearchDocument> load(long id);

    /** Several items at once (the change feed's batches); override with one query where that matters. */
    default List<SearchDocument> loadAll(Collection<Long> ids) {
        List<SearchDocument> found = new ArrayList<>();
        for (long id : ids) {
            load(id).ifPresent(found::add);
        }
        return found;
    }
}
