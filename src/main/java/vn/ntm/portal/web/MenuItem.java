package vn.ntm.portal.web;

import java.util.List;

/** An entry of the main menu with optional children; {@code newTab} opens it in a new browser tab. */
public record MenuItem(String label, String href, int order, List<MenuItem> children, boolean newTab) {

    public MenuItem(String label, String href, int order, List<MenuItem> children) {
        this(label, href, order, children, false);
    }

    public MenuItem(String label, String href, int order) {
        this(label, href, order, List.of(), false);
    }

    /** An address outside the site (the menu marks it {@code rel="noopener"} when it opens in a new tab). */
    public boolean external() {
        return href != null && href.startsWith("https://");
    }
}
