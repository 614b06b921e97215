package vn.ntm.portal.documents.web;

import java.time.LocalDate;
import vn.ntm.portal.documents.domain.DocumentDetail;
import vn.ntm.portal.documents.domain.DocumentFile;
import vn.ntm.portal.documents.domain.Validity;

/** A document's page: the document with its fields, links and files, and its validity on today's date. */
public record DocumentView(DocumentDetail detail, Validity validity, LocalDate today) {

    /** The first PDF, shown in the page. */
    public DocumentFile preview() {
        return detail.files().stream().filter(DocumentFile::pdf).findFirst().orElse(null);
    }
}
