package vn.ntm.portal.web;

/** The site frame around every page, for modules that render and cache whole pages themselves. */
public interface PageFrame {

    Layout layout();

    /** Changes whenever the frame (menu, sidebar) is rebuilt; a cached page rendered with an older frame is stale. */
    long version();
}
