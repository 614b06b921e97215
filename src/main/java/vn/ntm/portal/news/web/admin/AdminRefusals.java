package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ntm.portal.accounts.AdminFrame;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.news.editorial.EditorialRefusal;

/**
 * The article screens' frame (the back-office layout, with "Bài viết" marked in the menu), and refused
 * steps shown with their reason (409), never as a server error.
 */
@ControllerAdvice(assignableTypes = {AdminArticleController.class, ArticleHistoryController.class})
class AdminRefusals {

    static final String MENU_HREF = "/quan-tri/bai-viet";

    private final AdminShell shell;

    AdminRefusals(AdminShell shell) {
        this.shell = shell;
    }

    @ModelAttribute("frame")
    AdminFrame frame(HttpServletRequest request) {
        return shell.frame(request, MENU_HREF);
    }

    @ExceptionHandler(EditorialRefusal.class)
    String refused(EditorialRefusal e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("frame", shell.frame(request, MENU_HREF));
        model.addAttribute("page", new MessageView("Không thực hiện được", e.getMessage(), "/quan-tri/bai-viet"));
        return "admin/news/message";
    }
}
