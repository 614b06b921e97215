package vn.ntm.portal.pages.web;

import java.util.List;
import vn.ntm.portal.pages.internal.StaticPage;
import vn.ntm.portal.shared.VietnameseFormat;

/** A public static page: the page, its body sanitised once more, and the neighbouring pages to list. */
public record PublicPageView(StaticPage page, String safeBody, StaticPage parent, List<StaticPage> children,
                             List<StaticPage> siblings) {

    /** "Cập nhật lần cuối" in vi-VN: "13/10/2026". */
    public String updatedText() {
        return VietnameseFormat.date(page.updatedAt());
    }

    public String updatedIso() {
        return page.updatedAt().toString();
    }
}
