package vn.ntm.portal.siteadmin.web;

import java.util.List;

/**
 * A line of the full main menu on the menu screen: a contributed entry ({@code id} 0, from the categories)
 * or a hand-made one, with its hand-made children.
 */
public record MenuRow(long id, String label, String href, int order, boolean enabled, boolean newTab, List<MenuRow> children) {

    public boolean handMade() {
        return id != 0;
    }
}
