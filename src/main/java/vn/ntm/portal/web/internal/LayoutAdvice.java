package vn.ntm.portal.web.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ntm.portal.web.Layout;

/** Gives every page template its {@code layout}. */
@ControllerAdvice
class LayoutAdvice {

    private final LayoutService layouts;

    LayoutAdvice(LayoutService layouts) {
        this.layouts = layouts;
    }

    @ModelAttribute("layout")
    Layout layout() {
        return layouts.layout();
    }
}
