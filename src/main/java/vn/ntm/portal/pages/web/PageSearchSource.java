package vn.ntm.portal.pages.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.portal.pages.PagesApi;
import vn.ntm.portal.pages.PublishedPage;
import vn.ntm.portal.search.SearchDocument;
import vn.ntm.portal.search.SearchSource;

/**
 * Published static pages for the site search (trigger {@code static_page_search}, V26, which also logs a page's
 * children, since a child is public only under a published parent): title, summary and body as plain text.
 */
@Component
class PageSearchSource implements SearchSource {

    static final String KIND = "trang";

    private final PagesApi pages;

    PageSearchSource(PagesApi pages) {
        this.pages = pages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Trang thông tin";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<SearchDocument> batch(long afterId, int limit) {
        // a site has tens of pages, not thousands: one read of the published tree, cut to the batch
        return pages.allPublished().stream().filter(p -> p.id() > afterId)
                .sorted(java.util.Comparator.comparingLong(PublishedPage::id)).limit(limit).map(PageSearchSource::document).toList();
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return pages.published(id).map(PageSearchSource::document);
    }

    private static SearchDocument document(PublishedPage p) {
        String text = p.summary() == null || p.summary().isBlank() ? p.text() : p.summary() + "\n" + p.text();
        return new SearchDocument(KIND, p.id(), p.title(), text, p.path(), p.updatedAt(), null, null, null);
    }
}
