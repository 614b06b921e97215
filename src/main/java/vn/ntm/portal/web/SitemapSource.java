package vn.ntm.portal.web;

import java.time.Instant;
import java.util.List;

/** A feature module's pages for {@code sitemap.xml}, read in slices so 200,000 articles stay cheap. */
public interface SitemapSource {

    /** Short name used in the slice URLs, e.g. {@code news}. */
    String name();

    long size();

    List<Entry> entries(long offset, int limit);

    record Entry(String path, Instant lastModified) {
    }
}
