package vn.ntm.portal.pages.web;

import vn.ntm.portal.pages.internal.StaticPage;
import vn.ntm.portal.shared.VietnameseFormat;

/** One line of the page tree in the back office. */
public record PageRow(StaticPage page, long children, boolean inMenu, boolean first, boolean last) {

    public boolean child() {
        return page.parentId() != null;
    }

    public String status() {
        if (!page.published()) {
            return "Chưa công bố";
        }
        return page.parentPublished() ? "Đã công bố" : "Đã công bố (trang cha chưa công bố)";
    }

    public String updatedText() {
        return VietnameseFormat.dateTime(page.updatedAt());
    }
}
