package vn.ntm.portal.web;

import java.util.List;

/**
 * Everything the site frame shows around a page: the office's identity and footer (site settings),
 * the main menu, and the sidebar already rendered.
 */
public record Layout(SiteIdentity site, List<MenuItem> menu, PrerenderedHtml sidebar, String baseUrl) {

    /** Absolute URL for a site path, for canonical links, feeds and social meta. */
    public String absolute(String path) {
        if (path == null) {
            return baseUrl;
        }
        return path.startsWith("http") ? path : baseUrl + path;
    }
}
