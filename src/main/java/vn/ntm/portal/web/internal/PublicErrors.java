package vn.ntm.portal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/** Maps bad input to 4xx error pages with a Vietnamese message instead of a 5xx. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PublicErrors {

    static final String MESSAGE_ATTRIBUTE = "ntm.error.message";

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    void notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE_ATTRIBUTE, e instanceof NotFoundException ? e.getMessage() : null);
        response.sendError(404);
    }

    @ExceptionHandler(UserInputException.class)
    void badInput(UserInputException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE_ATTRIBUTE, e.getMessage());
        response.sendError(e.status());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    void malformed(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE_ATTRIBUTE, "Tham số trong đường dẫn không hợp lệ.");
        response.sendError(400);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpServletResponse response) throws IOException {
        response.sendError(405);
    }
}
