package vn.ntm.portal.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Folds each (already lower-cased) token with {@link VietnameseText#fold}: diacritics removed, đ → d. Only the
 * term changes; offsets still point into the original text, so highlights land on the words as written.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean ascii = true;
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            String folded = VietnameseText.fold(term.toString());
            term.setEmpty().append(folded);
        }
        return true;
    }
}
