package vn.ntm.portal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made entry of the main menu (table {@code site_menu_item}): a site path or an https:// URL,
 * optionally under a top-level hand-made entry; {@code position} places it among the contributed entries.
 */
public record SiteMenuItem(long id, String label, String href, Long parentId, int position, boolean enabled, boolean newTab) {

    public static final int LABEL_MAX = 80;
    public static final int HREF_MAX = 500;

    /**
     * Why {@code href} cannot be a menu address (a Vietnamese sentence), or empty when it can: a path of
     * this site starting with one "/" or an absolute https:// URL with a host; nothing with white space,
     * control characters or back slashes (browsers read "/\" as "//"), no other scheme.
     */
    public static Optional<String> hrefProblem(String href) {
        String message = "Địa chỉ phải là đường dẫn trong trang bắt đầu bằng \"/\" (không phải \"//\") "
                + "hoặc một URL https:// đầy đủ (tối đa " + HREF_MAX + " ký tự); không nhận javascript:, data: hay địa chỉ khác.";
        if (href == null || href.isEmpty() || href.length() > HREF_MAX) {
            return Optional.of(message);
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of(message);
            }
        }
        try {
            if (href.startsWith("/")) {
                if (href.startsWith("//")) {
                    return Optional.of(message);
                }
                URI uri = new URI(href);
                return uri.getScheme() == null && uri.getAuthority() == null ? Optional.empty() : Optional.of(message);
            }
            if (!href.startsWith("https://")) {
                return Optional.of(message);
            }
            URI uri = new URI(href);
            boolean ok = "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getUserInfo() == null;
            return ok ? Optional.empty() : Optional.of(message);
        } catch (URISyntaxException e) {
            return Optional.of(message);
        }
    }

    /** What the audit log keeps of the entry. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("href", href);
        m.put("parentId", parentId);
        m.put("position", position);
        m.put("enabled", enabled);
        m.put("newTab", newTab);
        return m;
    }
}
