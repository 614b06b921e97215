package vn.ntm.portal.web;

import java.util.List;

/**
 * The public main menu: the entries modules contribute ({@link MenuContributor}, e.g. categories) merged
 * by order with the hand-made entries of table {@code site_menu_item}.
 */
public interface SiteMenu {

    /** Entries from the modules' contributors, in order (hand-made entries not included). */
    List<MenuItem> contributed();

    /** Every hand-made entry, enabled or not, by parent, position and id. */
    List<SiteMenuItem> handMade();

    /** What the public menu shows: contributed and enabled hand-made entries merged by order. */
    List<MenuItem> merged();

    /** Call after a hand-made entry changed (after the commit): this node's public frame is rebuilt at once. */
    void changed();
}
