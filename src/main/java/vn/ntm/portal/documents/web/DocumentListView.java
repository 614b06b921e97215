package vn.ntm.portal.documents.web;

import java.time.LocalDate;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.shared.Paging;

/** A page of documents; {@code today} decides the validity shown. */
public record DocumentListView(Paging<LegalDocument> paging, LocalDate today) {
}
