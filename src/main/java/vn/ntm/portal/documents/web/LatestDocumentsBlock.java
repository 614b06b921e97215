package vn.ntm.portal.documents.web;

import gg.jte.Content;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.web.Blocks;
import vn.ntm.portal.web.SidebarBlock;

/** "Văn bản ban hành": the newest documents, as a plain list (never a scrolling marquee). */
@Component
class LatestDocumentsBlock implements SidebarBlock {

    static final int SIZE = 5;

    private final DocumentStore documents;
    private final Blocks blocks;

    LatestDocumentsBlock(DocumentStore documents, Blocks blocks) {
        this.documents = documents;
        this.blocks = blocks;
    }

    @Override
    public String code() {
        return "documents.latest";
    }

    @Override
    public Content render() {
        List<LegalDocument> latest = documents.latest(0, SIZE);
        return latest.isEmpty() ? null : blocks.template("documents/latest-block.jte", latest);
    }
}
