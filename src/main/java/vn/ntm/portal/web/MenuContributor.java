package vn.ntm.portal.web;

import java.util.List;

/** Supplies entries of the main menu; feature modules implement it. */
public interface MenuContributor {

    /** Menu entries in display order; {@link MenuItem#order()} places them among other contributors' entries. */
    List<MenuItem> menuItems();
}
