package vn.ntm.portal.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;

/** Error pages in Vietnamese inside the site layout, whatever went wrong. */
@Controller
class ErrorPageController implements ErrorController {

    private final LayoutService layouts;

    ErrorPageController(LayoutService layouts) {
        this.layouts = layouts;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        response.setStatus(status);
        ErrorView view = ErrorView.of(status, (String) request.getAttribute(PublicErrors.MESSAGE_ATTRIBUTE));
        try {
            model.addAttribute("layout", layouts.layout());
        } catch (RuntimeException e) {
            // the database may be what failed; show the page without the frame's data
            return "error/plain";
        }
        model.addAttribute("meta", PageMeta.of(view.title(), view.message(), null, List.of(Crumb.here(view.title())))
                .hiddenFromSearch());
        model.addAttribute("error", view);
        return "error/page";
    }
}
