package vn.ntm.portal.security;

import java.util.List;

/** The XSS payload list, for tests in other packages (the browser tests). */
public final class XssPayloads {

    private XssPayloads() {
    }

    public static List<String> all() {
        return HtmlSafety.payloads();
    }
}
