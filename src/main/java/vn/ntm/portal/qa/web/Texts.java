package vn.ntm.portal.qa.web;

import java.util.List;

/** Plain text for templates: lines to print with {@code <br>}, never as HTML. */
public final class Texts {

    private Texts() {
    }

    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
