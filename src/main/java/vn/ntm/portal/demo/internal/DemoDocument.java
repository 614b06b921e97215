package vn.ntm.portal.demo.internal;

import java.time.LocalDate;

/** One generated legal document ("văn bản"); {@code effectiveOn} and {@code expiresOn} may be null. */
public record DemoDocument(String slug, String numberSymbol, String typeCode, String abstractText, String fullText,
                           String issuingBody, String signerName, String signerPosition, LocalDate issuedOn,
                           LocalDate effectiveOn, LocalDate expiresOn, long viewCount, long downloadCount) {
}
