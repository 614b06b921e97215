package vn.ntm.portal.siteadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.SiteMenuItem;

/** The hand-made menu entry form as typed. */
public record MenuForm(String label, String href, String parentId, String position, boolean enabled, boolean newTab) {

    static MenuForm empty() {
        return new MenuForm("", "/", "", "0", true, false);
    }

    static MenuForm of(SiteMenuItem item) {
        return new MenuForm(item.label(), item.href(), item.parentId() == null ? "" : String.valueOf(item.parentId()),
                String.valueOf(item.position()), item.enabled(), item.newTab());
    }

    static MenuForm from(HttpServletRequest request) {
        return new MenuForm(text(request, "label").replaceAll("\\s+", " "), text(request, "href"), text(request, "parentId"),
                text(request, "position"), request.getParameter("enabled") != null, request.getParameter("newTab") != null);
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : VietnameseText.nfc(v).strip();
    }
}
