package vn.ntm.portal.web;

import gg.jte.Content;

/**
 * A block of the public sidebar, contributed by a feature module as a Spring bean. Site settings
 * (table {@code sidebar_block}) decide which blocks show and in what order; a block with nothing to
 * show returns {@code null} from {@link #render()} and is left out rather than shown empty.
 */
public interface SidebarBlock {

    /** Stable code, e.g. {@code documents.latest}; the key in the sidebar settings. */
    String code();

    /** The block's HTML, or {@code null} when it has nothing to show. Called at most every few seconds. */
    Content render();
}
