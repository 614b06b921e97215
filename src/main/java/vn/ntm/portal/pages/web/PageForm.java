package vn.ntm.portal.pages.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.ntm.portal.pages.internal.StaticPage;

/** The page form as typed (numbers kept as text so a bad one can be shown back); {@code version} is the one it was opened on. */
public record PageForm(String title, String slug, String parent, String summary, String body, String position,
                       boolean published, String version) {

    static PageForm empty(String parent) {
        return new PageForm("", "", parent == null ? "" : parent, "", "", "0", false, "0");
    }

    static PageForm of(StaticPage p) {
        return new PageForm(p.title(), p.slug(), p.parentId() == null ? "" : String.valueOf(p.parentId()), p.summary(),
                p.bodyHtml(), String.valueOf(p.position()), p.published(), String.valueOf(p.version()));
    }

    static PageForm from(HttpServletRequest request) {
        return new PageForm(text(request, "title"), text(request, "slug"), text(request, "parent"), text(request, "summary"),
                raw(request, "body"), text(request, "position"), request.getParameter("published") != null, text(request, "version"));
    }

    PageForm withVersion(int v) {
        return new PageForm(title, slug, parent, summary, body, position, published, String.valueOf(v));
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static String raw(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v;
    }
}
