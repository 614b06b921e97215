package vn.ntm.portal.pages.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.portal.pages.PublishedPage;

/**
 * One row of {@code static_page}. {@code parentPublished} is whether the parent is published (true for a
 * top-level page); a page is public when it and its parent are published.
 */
public record StaticPage(long id, String slug, String title, String summary, String bodyHtml, Long parentId, int position,
                         boolean published, int version, Instant createdAt, String createdBy, Instant updatedAt,
                         String updatedBy, boolean parentPublished) {

    public String path() {
        return PublishedPage.pathOf(slug);
    }

    /** Published, and under a published parent if it has one. */
    public boolean isPublic() {
        return published && parentPublished;
    }

    public boolean topLevel() {
        return parentId == null;
    }

    /** What the audit log keeps of the page (the whole body, so every earlier text can be found again). */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("slug", slug);
        m.put("parentId", parentId);
        m.put("summary", summary);
        m.put("bodyHtml", bodyHtml);
        m.put("position", position);
        m.put("published", published);
        m.put("version", version);
        return m;
    }
}
