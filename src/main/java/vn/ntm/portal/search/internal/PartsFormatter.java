package vn.ntm.portal.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link HighlightPart}s instead of an HTML string: the template escapes
 * every piece and wraps hits in {@code <mark>}, so no stored text ever reaches the page unescaped.
 */
final class PartsFormatter extends PassageFormatter {

    static final String ELLIPSIS = "… ";

    @Override
    public Object format(Passage[] passages, String content) {
        List<HighlightPart> parts = new ArrayList<>();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos || (pos == 0 && passage.getStartOffset() > 0)) {
                if (!parts.isEmpty() || passage.getStartOffset() > 0) {
                    parts.add(new HighlightPart(ELLIPSIS, false));
                }
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) {
                    // overlapping matches (a word and a phrase containing it): extend the previous hit
                    if (end > pos && !parts.isEmpty() && parts.get(parts.size() - 1).hit()) {
                        HighlightPart last = parts.remove(parts.size() - 1);
                        parts.add(new HighlightPart(last.text() + content.substring(pos, end), true));
                        pos = end;
                    }
                    continue;
                }
                if (start > pos) {
                    parts.add(new HighlightPart(content.substring(pos, start), false));
                }
                parts.add(new HighlightPart(content.substring(start, end), true));
                pos = end;
            }
            int passageEnd = Math.min(passage.getEndOffset(), content.length());
            if (passageEnd > pos) {
                parts.add(new HighlightPart(content.substring(pos, passageEnd), false));
                pos = passageEnd;
            }
        }
        if (!parts.isEmpty() && pos < content.length()) {
            parts.add(new HighlightPart(" …", false));
        }
        return parts;
    }
}
