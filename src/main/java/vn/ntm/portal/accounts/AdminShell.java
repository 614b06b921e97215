package vn.ntm.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;

/** Builds the frame of a back-office page for the signed-in user. */
public interface AdminShell {

    /** The frame for this request; {@code activeHref} is the menu link to mark as current. */
    AdminFrame frame(HttpServletRequest request, String activeHref);
}
