package vn.ntm.portal.pages.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A checked page as it will be stored: plain texts in NFC, the body already sanitised. */
public record PageInput(String title, String slug, Long parentId, String summary, String bodyHtml, int position,
                        boolean published) {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 120;
    public static final int SUMMARY_MAX = 1000;
    /** Below the form-post limit ({@code server.tomcat.max-http-form-post-size}, 64 KB), which binds first for non-Latin text. */
    public static final int BODY_MAX = 60_000;
    public static final int POSITION_LIMIT = 9999;

    Map<String, Object> snapshot(int version) {
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
