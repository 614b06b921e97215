package vn.ntm.portal.documents.domain;

import java.time.LocalDate;

/** A legal document of the registry ("Văn bản"), as lists and pages show it. */
public record LegalDocument(long id, String slug, String numberSymbol, long typeId, String typeName, String title,
                            String abstractText, String issuingBody, String signerName, String signerPosition,
                            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, long viewCount,
                            long downloadCount, boolean published) {

    public String path() {
        return "/van-ban/" + slug + "-" + id;
    }

    /** "Công văn số 6748/UBND-NL5". */
    public String heading() {
        return typeName + " số " + numberSymbol;
    }

    /** Validity on a given day, computed from the dates. */
    public Validity validityOn(LocalDate today) {
        if (effectiveOn != null && today.isBefore(effectiveOn)) {
            return Validity.NOT_YET;
        }
        if (expiresOn != null && !today.isBefore(expiresOn)) {
            return Validity.EXPIRED;
        }
        return Validity.IN_FORCE;
    }

    /** "Còn hiệu lực", "Hết hiệu lực" or "Chưa có hiệu lực" on a given day. */
    public String validity(LocalDate today) {
        return validityOn(today).label();
    }
}
