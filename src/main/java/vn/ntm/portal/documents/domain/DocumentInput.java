package vn.ntm.portal.documents.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A document as the back office saves it (already validated). */
public record DocumentInput(String numberSymbol, long typeId, String title, String abstractText, String fullText,
                            String issuingBody, String signerName, String signerPosition, LocalDate issuedOn,
                            LocalDate effectiveOn, LocalDate expiresOn, List<Long> fieldIds, boolean published) {

    /** For the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numberSymbol", numberSymbol);
        m.put("typeId", typeId);
        m.put("title", title);
        m.put("abstract", abstractText);
        m.put("fullTextLength", fullText.length());
        m.put("issuingBody", issuingBody);
        m.put("signerName", signerName);
        m.put("signerPosition", signerPosition);
        m.put("issuedOn", String.valueOf(issuedOn));
        m.put("effectiveOn", effectiveOn == null ? null : effectiveOn.toString());
        m.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        m.put("fieldIds", fieldIds);
        m.put("published", published);
        return m;
    }
}
