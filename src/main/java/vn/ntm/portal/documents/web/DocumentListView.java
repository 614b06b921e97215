package vn.ntm.portal.documents.web;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.shared.Paging;

/** A page of documents with the filter form's choices; {@code today} decides the validity shown. */
public record DocumentListView(Paging<LegalDocument> paging, LocalDate today, DocumentFilter filter, List<DocumentType> types,
                               List<DocumentField> fields, List<String> bodies, List<String> signers, List<Integer> years) {
}
