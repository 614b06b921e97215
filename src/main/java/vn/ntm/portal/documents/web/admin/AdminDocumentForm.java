package vn.ntm.portal.documents.web.admin;

import java.util.List;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.DocumentLink;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.documents.domain.LinkKind;

/** What the document form shows; {@code doc} is null for a new document. */
public record AdminDocumentForm(LegalDocument doc, DocumentForm form, List<DocumentType> types, List<DocumentField> fields,
                                List<String> bodies, List<String> signers, List<String> positions, List<DocumentFile> files,
                                List<DocumentLink> links, List<LinkKind> kinds, String linkNumber) {

    public String action() {
        return doc == null ? "/quan-tri/van-ban/moi" : "/quan-tri/van-ban/" + doc.id();
    }
}
