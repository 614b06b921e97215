package vn.ntm.portal.web;

import java.util.List;

/** An entry of the main menu with optional children. */
public record MenuItem(String label, String href, int order, List<MenuItem> children) {

    public MenuItem(String label, String href, int order) {
        this(label, href, order, List.of());
    }
}
