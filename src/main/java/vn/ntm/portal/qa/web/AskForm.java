package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;

/** The question form as typed (trimmed), kept to show it again after a refusal. */
public record AskForm(String name, String email, String phone, String address, String topicId, String title,
                      String content, boolean consent) {

    static AskForm empty() {
        return new AskForm("", "", "", "", "", "", "", false);
    }

    static AskForm from(HttpServletRequest r) {
        return new AskForm(text(r, "name"), text(r, "email"), text(r, "phone"), text(r, "address"), text(r, "topic"),
                text(r, "title"), text(r, "content"), r.getParameter("consent") != null);
    }

    private static String text(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null ? "" : vn.ntm.portal.shared.VietnameseText.nfc(v.strip());
    }
}
