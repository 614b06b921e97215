package vn.ntm.portal.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.ntm.portal.shared.VietnameseText;

/** The comment form as typed (trimmed, NFC), kept to show it again after a refusal. */
public record DraftCommentForm(String name, String email, String phone, String organisation, String content, boolean consent) {

    static DraftCommentForm empty() {
        return new DraftCommentForm("", "", "", "", "", false);
    }

    static DraftCommentForm from(HttpServletRequest r) {
        return new DraftCommentForm(text(r, "name"), text(r, "email"), text(r, "phone"), text(r, "organisation"), text(r, "content"),
                r.getParameter("consent") != null);
    }

    private static String text(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null ? "" : VietnameseText.nfc(v.strip());
    }
}
