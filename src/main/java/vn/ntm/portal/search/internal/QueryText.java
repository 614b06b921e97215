package vn.ntm.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the visitor typed, read by hand (never by a query parser, so {@code * ? ~ ^ : ( ) [ ] { } \ / ! + - && ||}
 * and SQL are plain text): NFC-normalised, cut to {@value #MAX_LENGTH} characters, split into "quoted phrases"
 * and single words (a quote without its partner leaves the rest as words), at most {@value #MAX_CLAUSES} of
 * them. Each word or phrase is kept in both analyses, folded and exact.
 */
public record QueryText(String text, List<Clause> clauses, boolean cut, boolean tooManyWords) {

    static final int MAX_LENGTH = 200;
    static final int MAX_CLAUSES = 12;

    /** A word (one token) or a phrase (several), as folded and as exact tokens (same length). */
    public record Clause(List<String> folded, List<String> exact) {
        public boolean phrase() {
            return folded.size() > 1;
        }
    }

    public boolean empty() {
        return clauses.isEmpty();
    }

    static QueryText parse(String raw) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        boolean cut = false;
        if (text.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).strip();
            cut = true;
        }
        List<Clause> clauses = new ArrayList<>();
        boolean tooMany = false;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('"', i);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            String words = close < 0 ? text.substring(i) : text.substring(i, open);
            tooMany |= addWords(words, clauses);
            if (close < 0) {
                break;
            }
            tooMany |= addPhrase(text.substring(open + 1, close), clauses);
            i = close + 1;
        }
        return new QueryText(text, List.copyOf(clauses), cut, tooMany);
    }

    private static boolean addWords(String words, List<Clause> clauses) {
        List<String> folded = tokens(VietnameseAnalyzers.FOLDED, words.replace('"', ' '));
        List<String> exact = tokens(VietnameseAnalyzers.EXACT, words.replace('"', ' '));
        for (int k = 0; k < folded.size() && k < exact.size(); k++) {
            if (clauses.size() >= MAX_CLAUSES) {
                return true;
            }
            Clause c = new Clause(List.of(folded.get(k)), List.of(exact.get(k)));
            if (!clauses.contains(c)) {
                clauses.add(c);
            }
        }
        return false;
    }

    private static boolean addPhrase(String phrase, List<Clause> clauses) {
        List<String> folded = tokens(VietnameseAnalyzers.FOLDED, phrase);
        List<String> exact = tokens(VietnameseAnalyzers.EXACT, phrase);
        if (folded.isEmpty() || folded.size() != exact.size()) {
            return false;
        }
        if (clauses.size() >= MAX_CLAUSES) {
            return true;
        }
        if (folded.size() > MAX_CLAUSES) {
            folded = folded.subList(0, MAX_CLAUSES);
            exact = exact.subList(0, MAX_CLAUSES);
        }
        clauses.add(new Clause(List.copyOf(folded), List.copyOf(exact)));
        return false;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
