package vn.ntm.portal.uploads.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.ntm.portal.uploads.internal.UploadsProperties;

/**
 * A multipart request over {@code spring.servlet.multipart.*} fails while the request is parsed, before a
 * controller is chosen, so this advice cannot be scoped to one controller; it handles that one exception
 * only (the site's error advice does not): a JSON 413 for the editor, the Vietnamese 413 page otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final String message;

    UploadLimitAdvice(UploadsProperties limits) {
        this.message = "Tệp tải lên quá lớn: ảnh tối đa " + limits.maxImageBytes().toMegabytes()
                + " MB, tệp đính kèm tối đa " + limits.maxDocumentBytes().toMegabytes() + " MB.";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.status(413).contentType(MediaType.APPLICATION_JSON).body(ImageJson.error(message));
        }
        response.sendError(413);
        return null;
    }
}
