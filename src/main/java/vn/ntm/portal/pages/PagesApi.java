package vn.ntm.portal.pages;

import java.util.List;
import java.util.Optional;

/** What other modules (site search) may read of the static pages: the published ones only. */
public interface PagesApi {

    /** The page when it is published and, for a child, its parent is published too; empty otherwise. */
    Optional<PublishedPage> published(long id);

    /** Every published page (as {@link #published(long)} means it), parents first, in the tree's order. */
    List<PublishedPage> allPublished();
}
