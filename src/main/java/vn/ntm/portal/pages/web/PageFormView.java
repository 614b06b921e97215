package vn.ntm.portal.pages.web;

import java.util.List;
import vn.ntm.portal.pages.internal.PageInput;
import vn.ntm.portal.pages.internal.StaticPage;

/**
 * The create/edit screen: the form as typed, the stored page when editing ({@code null} for a new one), the
 * top-level pages that may be its parent, whether it has children, and a message.
 */
public record PageFormView(long id, PageForm form, StaticPage stored, List<StaticPage> parents, boolean hasChildren,
                           boolean inMenu, String error, String notice) {

    public static final int TITLE_MAX = PageInput.TITLE_MAX;
    public static final int SLUG_MAX = PageInput.SLUG_MAX;
    public static final int SUMMARY_MAX = PageInput.SUMMARY_MAX;

    public String action() {
        return id == 0 ? PageAdminController.PATH + "/moi" : PageAdminController.PATH + "/" + id;
    }
}
