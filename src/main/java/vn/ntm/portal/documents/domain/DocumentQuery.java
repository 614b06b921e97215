package vn.ntm.portal.documents.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public list is filtered by; every part may be null (or empty) for "any".
 *
 * @param fieldIds a field and all its descendants
 * @param keyword  words of the number/symbol, title or abstract, matched without regard to diacritics
 */
public record DocumentQuery(Long typeId, String issuingBody, List<Long> fieldIds, String signer, Integer year,
                            Validity validity, LocalDate issuedFrom, LocalDate issuedTo, String keyword) {

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, List.of(), null, null, null, null, null, null);
    }
}
