package vn.ntm.portal.documents.domain;

import java.time.LocalDate;

/** A legal document of the registry ("Văn bản"), as the public site shows it. */
public record LegalDocument(long id, String slug, String numberSymbol, String typeName, String title, String abstractText,
                            String issuingBody, String signerName, String signerPosition, LocalDate issuedOn,
                            LocalDate effectiveOn, LocalDate expiresOn, long viewCount) {

    public String path() {
        return "/van-ban/" + slug + "-" + id;
    }

    /** "Công văn số 6748/UBND-NL5". */
    public String heading() {
        return typeName + " số " + numberSymbol;
    }

    /** Validity on a given day, computed from the dates. */
    public String validity(LocalDate today) {
        if (effectiveOn != null && today.isBefore(effectiveOn)) {
            return "Chưa có hiệu lực";
        }
        if (expiresOn != null && !today.isBefore(expiresOn)) {
            return "Hết hiệu lực";
        }
        return "Còn hiệu lực";
    }
}
