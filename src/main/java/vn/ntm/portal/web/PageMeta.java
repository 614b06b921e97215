package vn.ntm.portal.web;

import java.util.List;

/**
 * What a page tells the layout about itself: title, description, canonical URL, Open Graph data,
 * breadcrumb, optional JSON-LD and an RSS feed to announce.
 */
public record PageMeta(
        String title,
        String description,
        String canonicalPath,
        String ogType,
        String imagePath,
        List<Crumb> breadcrumb,
        String jsonLd,
        String feedPath,
        boolean noIndex) {

    public static PageMeta of(String title, String description, String canonicalPath, List<Crumb> breadcrumb) {
        return new PageMeta(title, description, canonicalPath, "website", null, breadcrumb, null, null, false);
    }

    public PageMeta withOg(String type, String imagePath) {
        return new PageMeta(title, description, canonicalPath, type, imagePath, breadcrumb, jsonLd, feedPath, noIndex);
    }

    public PageMeta withJsonLd(String json) {
        return new PageMeta(title, description, canonicalPath, ogType, imagePath, breadcrumb, json, feedPath, noIndex);
    }

    public PageMeta withFeed(String path) {
        return new PageMeta(title, description, canonicalPath, ogType, imagePath, breadcrumb, jsonLd, path, noIndex);
    }

    public PageMeta hiddenFromSearch() {
        return new PageMeta(title, description, canonicalPath, ogType, imagePath, breadcrumb, jsonLd, feedPath, true);
    }
}
