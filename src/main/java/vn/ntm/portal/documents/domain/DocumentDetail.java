package vn.ntm.portal.documents.domain;

import java.util.List;

/** Everything the document page shows. */
public record DocumentDetail(LegalDocument doc, String fullText, List<DocumentField> fields, List<DocumentLink> links,
                             List<DocumentFile> files) {
}
