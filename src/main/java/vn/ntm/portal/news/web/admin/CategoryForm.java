package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The category form as typed (position kept as text so a bad number can be shown back). */
public record CategoryForm(String name, String slug, String parent, String description, String position,
                           boolean inMenu, boolean showOnHome) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "", "0", true, true);
    }

    static CategoryForm from(HttpServletRequest request) {
        return new CategoryForm(text(request, "name"), text(request, "slug"), text(request, "parent"),
                text(request, "description"), text(request, "position"),
                request.getParameter("inMenu") != null, request.getParameter("showOnHome") != null);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("slug", slug);
        m.put("parentId", parent.isEmpty() ? null : parent);
        m.put("description", description);
        m.put("position", position);
        m.put("inMenu", inMenu);
        m.put("showOnHome", showOnHome);
        return m;
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
