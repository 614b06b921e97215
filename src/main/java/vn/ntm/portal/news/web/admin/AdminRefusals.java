package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ntm.portal.news.editorial.EditorialRefusal;

/** A refused back-office step is shown with its reason (409), never as a server error. */
@ControllerAdvice(assignableTypes = {AdminArticleController.class, ArticleHistoryController.class})
class AdminRefusals {

    @ExceptionHandler(EditorialRefusal.class)
    String refused(EditorialRefusal e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("page", new MessageView("Không thực hiện được", e.getMessage(), "/quan-tri/bai-viet"));
        return "admin/news/message";
    }
}
