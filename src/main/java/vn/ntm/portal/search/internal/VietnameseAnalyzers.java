package vn.ntm.portal.search.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyses of every searched text: <em>folded</em> (lower case, diacritics removed, đ → d: "Nông thôn
 * mới" → nong, thon, moi), used by the fields {@code title} and {@code body}, and <em>exact</em> (lower case
 * only), used by {@code title_x} and {@code body_x}. Text reaches them in NFC (the index and the query both
 * normalise), so composed and decomposed input give the same tokens.
 */
final class VietnameseAnalyzers {

    static final Analyzer FOLDED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new FoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };

    static final Analyzer EXACT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    /** Per field: the {@code *_x} fields exact, everything else folded. */
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(FOLDED,
            Map.of(IndexFields.TITLE_EXACT, EXACT, IndexFields.BODY_EXACT, EXACT));

    private VietnameseAnalyzers() {
    }
}
