package vn.ntm.portal.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import vn.ntm.portal.search.SearchSource;

/**
 * Runs searches and suggestions on the node's index. A query is built by hand from {@link QueryText}: every word
 * or phrase must match the folded fields (so "nong thon moi" finds "nông thôn mới"), with extra, boosted chances
 * on the exact fields (so "mới" ranks documents with "mới" above those with "mời" or "môi") and on the title.
 */
public final class SearchService {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGES = 100;
    /** Hits are counted exactly up to this many; beyond, the count is "more than". */
    static final int COUNT_LIMIT = PAGE_SIZE * MAX_PAGES;
    static final int SUGGESTIONS = 8;

    private static final float TITLE_FOLDED = 3f;
    private static final float BODY_FOLDED = 1f;
    private static final float TITLE_EXACT = 6f;
    private static final float BODY_EXACT = 2f;

    private final SearchIndex index;
    private final Map<String, SearchSource> sources;
    /**
     * Pages already answered, keyed by the request and the version of the index they were read from: any
     * applied change opens a new reader version, so a cached page never outlives the index it came from (no
     * invalidation needed; entries of old versions just age out). People search for the same few things ("nông
     * thôn mới", "OCOP"), so most requests are answered from here; identical requests arriving together wait
     * for one computation instead of each scoring the index.
     */
    private final Cache<CacheKey, Results> pages;

    private record CacheKey(SearchRequest request, long indexVersion) {
    }

    public SearchService(SearchIndex index, Map<String, SearchSource> sources) {
        this(index, sources, 0);
    }

    /** @param cachedPages how many answered pages to keep (0: none) */
    public SearchService(SearchIndex index, Map<String, SearchSource> sources, int cachedPages) {
        this.index = index;
        this.sources = sources;
        this.pages = cachedPages <= 0 ? null
                : Caffeine.newBuilder().maximumSize(cachedPages).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    public record Hit(String kind, String kindLabel, String typeLabel, String url, Instant published,
                      String categoryName, List<HighlightPart> title, List<HighlightPart> snippet) {
    }

    /** One page of hits; {@code total} exact unless {@code totalIsLowerBound}. */
    public record Results(List<Hit> hits, long total, boolean totalIsLowerBound, int page, int pages) {
    }

    public record Suggestion(String title, String url) {
    }

    static Query build(QueryText text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryText.Clause c : text.clauses()) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(new BoostQuery(fieldQuery(IndexFields.TITLE, c.folded()), TITLE_FOLDED), Occur.SHOULD);
            one.add(new BoostQuery(fieldQuery(IndexFields.BODY, c.folded()), BODY_FOLDED), Occur.SHOULD);
            one.add(new BoostQuery(fieldQuery(IndexFields.TITLE_EXACT, c.exact()), TITLE_EXACT), Occur.SHOULD);
            one.add(new BoostQuery(fieldQuery(IndexFields.BODY_EXACT, c.exact()), BODY_EXACT), Occur.SHOULD);
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query fieldQuery(String field, List<String> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        return new PhraseQuery(field, tokens.toArray(String[]::new));
    }

    private static Query filtered(Query scored, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(scored, Occur.MUST);
        if (r.kind() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, r.kind())), Occur.FILTER);
        }
        if (r.categoryId() != null) {
            b.add(new TermQuery(new Term(IndexFields.CATEGORY, Long.toString(r.categoryId()))), Occur.FILTER);
        }
        if (r.from() != null || r.toExclusive() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
            long to = r.toExclusive() == null ? Long.MAX_VALUE : r.toExclusive().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    public Results search(SearchRequest r) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                if (pages == null) {
                    return run(searcher, r);
                }
                long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
                return pages.get(new CacheKey(r, version), k -> run(searcher, r));
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Results run(IndexSearcher searcher, SearchRequest r) {
        int page = Math.max(1, Math.min(r.page(), MAX_PAGES));
        Query scored = build(r.query());
        Query query = filtered(scored, r);
        int want = page * PAGE_SIZE;
        try {
            {
                TopDocs top = r.newestFirst()
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true)), want, null, COUNT_LIMIT))
                        : searcher.search(query, new TopScoreDocCollectorManager(want, null, COUNT_LIMIT));
                long total = top.totalHits.value;
                boolean lowerBound = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
                int pages = (int) Math.max(1, Math.min(MAX_PAGES, (Math.min(total, COUNT_LIMIT) + PAGE_SIZE - 1) / PAGE_SIZE));
                int from = (page - 1) * PAGE_SIZE;
                ScoreDoc[] docs = top.scoreDocs;
                int n = Math.max(0, Math.min(PAGE_SIZE, docs.length - from));
                List<Hit> hits = new ArrayList<>(n);
                if (n > 0) {
                    int[] ids = new int[n];
                    for (int i = 0; i < n; i++) {
                        ids[i] = docs[from + i].doc;
                    }
                    Map<String, Object[]> marked = new Highlighter(searcher).highlight(scored, ids);
                    Object[] titles = marked.get(IndexFields.TITLE);
                    Object[] snippets = marked.get(IndexFields.BODY);
                    for (int i = 0; i < n; i++) {
                        Document d = searcher.storedFields().document(ids[i]);
                        hits.add(hit(d, parts(titles[i], d.get(IndexFields.TITLE)), parts(snippets[i], null)));
                    }
                }
                return new Results(hits, total, lowerBound, page, pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<HighlightPart> parts(Object formatted, String fallback) {
        if (formatted instanceof List<?> list && !list.isEmpty()) {
            return (List<HighlightPart>) list;
        }
        return fallback == null || fallback.isEmpty() ? List.of() : List.of(new HighlightPart(fallback, false));
    }

    private Hit hit(Document d, List<HighlightPart> title, List<HighlightPart> snippet) {
        String kind = d.get(IndexFields.KIND);
        SearchSource source = sources.get(kind);
        return new Hit(kind, source == null ? kind : source.label(), d.get(IndexFields.TYPE_LABEL), d.get(IndexFields.URL),
                Instant.ofEpochMilli(d.getField(IndexFields.PUBLISHED).numericValue().longValue()),
                d.get(IndexFields.CATEGORY_NAME), title, snippet);
    }

    /** Titles whole, bodies as up to two passages of about 140 characters; the parts escaped by the template. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.PER_FIELD)
                    .withFormatter(new PartsFormatter())
                    .withMaxLength(20_000));
        }

        Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexFields.TITLE, IndexFields.BODY}, query, docIds, new int[] {1, 2});
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (IndexFields.TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(VI), 140, 0.5f);
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /**
     * Titles that contain every complete word typed and a word starting with the last, unfinished one (folded:
     * "nong th" suggests "Nông thôn mới…"), newest first. The unfinished word needs two letters.
     */
    public List<Suggestion> suggest(String raw) {
        String text = raw == null ? "" : IndexFields.nfc(raw).strip();
        if (text.length() > QueryText.MAX_LENGTH) {
            return List.of();
        }
        boolean open = !text.isEmpty() && !Character.isWhitespace(raw.charAt(raw.length() - 1));
        List<String> tokens = QueryText.tokens(VietnameseAnalyzers.FOLDED, text.replace('"', ' '));
        if (tokens.isEmpty() || tokens.size() > QueryText.MAX_CLAUSES) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (last && open) {
                if (t.length() < 2) {
                    return List.of();
                }
                b.add(new PrefixQuery(new Term(IndexFields.TITLE, t)), Occur.FILTER);
            } else {
                b.add(new TermQuery(new Term(IndexFields.TITLE, t)), Occur.FILTER);
            }
        }
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = searcher.search(b.build(), SUGGESTIONS,
                        new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true)));
                List<Suggestion> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    out.add(new Suggestion(d.get(IndexFields.TITLE), d.get(IndexFields.URL)));
                }
                return out;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
