package vn.ntm.portal.documents.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.feedback.HelpfulTarget;

/** Published documents take "Thông tin này có hữu ích không?" votes. */
@Component
class DocumentHelpfulTarget implements HelpfulTarget {

    static final String TYPE = "van-ban";

    private final DocumentStore documents;

    DocumentHelpfulTarget(DocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<String> publicPath(long id) {
        return documents.find(id).map(LegalDocument::path);
    }
}
