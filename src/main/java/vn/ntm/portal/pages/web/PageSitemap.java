package vn.ntm.portal.pages.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.pages.internal.PageStore;
import vn.ntm.portal.web.SitemapSource;

/** The public static pages for sitemap.xml. */
@Component
class PageSitemap implements SitemapSource {

    private final PageStore store;

    PageSitemap(PageStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public long size() {
        return store.countPublic();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return store.publicSlice(offset, limit).stream().map(p -> new Entry(p.path(), p.updatedAt())).toList();
    }
}
