package vn.ntm.portal.documents.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft as the back office saves it (already validated). */
public record DraftInput(String numberSymbol, long typeId, String title, String abstractText, String fullText,
                         String draftingBody, String examiningBody, CommentWindow window, List<Long> fieldIds) {

    /** For the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numberSymbol", numberSymbol);
        m.put("typeId", typeId);
        m.put("title", title);
        m.put("abstract", abstractText);
        m.put("fullTextLength", fullText.length());
        m.put("draftingBody", draftingBody);
        m.put("examiningBody", examiningBody);
        m.put("opensAt", window.opens().toString());
        m.put("closesAt", window.closes().toString());
        m.put("fieldIds", fieldIds);
        return m;
    }
}
