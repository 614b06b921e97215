package vn.ntm.portal.uploads.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.uploads.StoredImage;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.UserInputException;

/**
 * Back-office images: the upload endpoint of the rich-text editor (JSON) and the media library page
 * (which also uploads without JavaScript), inside the back-office layout. The back-office chain sends
 * strangers to sign in and checks the session-kept CSRF token; only the news desk's roles get here.
 * The editor sends its token in the {@code X-CSRF-TOKEN} header, so an over-limit body is not parsed
 * by the CSRF filter and the size refusal reaches {@link UploadLimitAdvice} as JSON.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP', 'PHONG_VIEN')")
class ImageAdminController {

    static final String SIGN_IN = "Bạn cần đăng nhập vào trang quản trị để quản lý ảnh.";
    static final String MENU_HREF = "/quan-tri/anh";
    static final String NO_FILE = "Vui lòng chọn một tệp ảnh để tải lên.";
    private static final int PAGE_SIZE = 24;

    private final UploadsApi uploads;
    private final AdminShell shell;

    ImageAdminController(UploadsApi uploads, AdminShell shell) {
        this.uploads = uploads;
        this.shell = shell;
    }

    @PostMapping("/quan-tri/anh")
    Object upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(value = "alt", required = false) String alt,
                  @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "") String accept,
                  Principal principal, HttpServletRequest request) {
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        try {
            StoredImage image = store(file, alt, principal);
            if (json) {
                return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body(ImageJson.of(image));
            }
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/quan-tri/anh?da-tai-len=" + image.id()).build();
        } catch (UserInputException e) {
            if (json) {
                return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(ImageJson.error(e.getMessage()));
            }
            if (principal == null) {
                throw e;
            }
            // the form without JavaScript: the library again, inside the back office, saying why
            var images = uploads.images("", 1, PAGE_SIZE);
            ModelAndView page = new ModelAndView("uploads/library");
            page.addObject("frame", shell.frame(request, MENU_HREF));
            page.addObject("library", new MediaLibraryView(images, "", null, e.getMessage(),
                    alt == null ? "" : alt.strip()));
            page.setStatus(HttpStatus.valueOf(e.status()));
            return page;
        }
    }

    private StoredImage store(MultipartFile file, String alt, Principal principal) {
        if (principal == null) {
            throw new UserInputException(403, SIGN_IN);
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            throw new UserInputException(400, NO_FILE);
        }
        try {
            return uploads.storeImage(file.getOriginalFilename(), file.getInputStream(), alt, principal.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/quan-tri/anh")
    String library(@RequestParam(defaultValue = "1") String trang, @RequestParam(defaultValue = "") String q,
                   @RequestParam(value = "da-tai-len", required = false) Long uploaded,
                   Principal principal, HttpServletRequest request, Model model) {
        if (principal == null) {
            throw new UserInputException(403, SIGN_IN);
        }
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        var images = uploads.images(query, Integer.parseInt(trang), PAGE_SIZE);
        model.addAttribute("frame", shell.frame(request, MENU_HREF));
        model.addAttribute("library", new MediaLibraryView(images, query.strip(),
                uploaded == null ? null : uploads.findImage(uploaded).orElse(null)));
        return "uploads/library";
    }
}
