package vn.ntm.portal.media.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.uploads.StoredImage;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;

/** Links and banners of the sidebar (table {@code link_banner}); administrators only, every change audited. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class LinkAdminController {

    private static final String PATH = MediaAdminMenu.LINKS;
    /** How many of the newest library images the form offers. */
    private static final int PICKER_SIZE = 100;
    private static final Map<String, String> NOTICES = Map.of(
            "da-luu", "Đã lưu liên kết.", "da-tao", "Đã tạo liên kết.", "da-xoa", "Đã xóa liên kết.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UploadsApi uploads;
    private final AuditApi audit;

    LinkAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, UploadsApi uploads,
                        AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("links", jdbc.sql("""
                SELECT id, title, url, image_path, position, starts_on, ends_on, click_count FROM link_banner
                 ORDER BY position, id""")
                .query((rs, i) -> new LinkRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        date(rs.getDate(6)), date(rs.getDate(7)), rs.getLong(8)))
                .list());
        model.addAttribute("notice", tb == null ? null : NOTICES.get(tb));
        return "admin/media/links";
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, 0, LinkForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        LinkForm form = LinkForm.from(request, null);
        List<String> errors = new ArrayList<>();
        LinkForm checked = validate(form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, String.join(" ", errors), null);
        }
        long id = tx.execute(status -> {
            long newId = jdbc.sql("""
                    INSERT INTO link_banner (title, url, image_path, image_alt, position, starts_on, ends_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .param(checked.title()).param(checked.url()).param(checked.imagePath()).param(checked.imageAlt())
                    .param(Integer.parseInt(checked.position())).param(sqlDate(checked.startsOn())).param(sqlDate(checked.endsOn()))
                    .query(Long.class).single();
            audit.record("link.created", "link_banner", String.valueOf(newId), null, checked.snapshot());
            return newId;
        });
        return "redirect:" + PATH + "/" + id + "?tb=da-tao";
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return form(request, model, id, stored(id), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        LinkForm before = stored(id);
        LinkForm form = LinkForm.from(request, before.imagePath());
        List<String> errors = new ArrayList<>();
        LinkForm checked = validate(form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, String.join(" ", errors), null);
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE link_banner SET title = ?, url = ?, image_path = ?, image_alt = ?, position = ?, starts_on = ?,
                           ends_on = ? WHERE id = ?""")
                    .param(checked.title()).param(checked.url()).param(checked.imagePath()).param(checked.imageAlt())
                    .param(Integer.parseInt(checked.position())).param(sqlDate(checked.startsOn())).param(sqlDate(checked.endsOn()))
                    .param(id).update();
            audit.record("link.updated", "link_banner", String.valueOf(id), before.snapshot(), checked.snapshot());
        });
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id) {
        LinkForm before = stored(id);
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM link_banner WHERE id = ?").param(id).update();
            audit.record("link.deleted", "link_banner", String.valueOf(id), before.snapshot(), null);
        });
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    /** The form with its image resolved, adding a Vietnamese message to {@code errors} for each problem. */
    private LinkForm validate(LinkForm form, List<String> errors) {
        if (form.title().isEmpty() || form.title().length() > 200) {
            errors.add("Tiêu đề không được để trống (tối đa 200 ký tự).");
        }
        if (!httpsUrl(form.url())) {
            errors.add("Địa chỉ liên kết phải là một URL https:// hợp lệ (tối đa 500 ký tự).");
        }
        String imagePath = form.removeImage() ? null : form.imagePath();
        if (!form.imageId().isEmpty()) {
            Optional<StoredImage> image = Optional.empty();
            try {
                image = uploads.findImage(Long.parseLong(form.imageId()));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (image.isPresent()) {
                imagePath = image.get().url();
            } else {
                errors.add("Không tìm thấy ảnh số " + form.imageId() + " trong thư viện ảnh.");
            }
        }
        if (imagePath != null && form.imageAlt().isEmpty()) {
            errors.add("Cần nhập mô tả ảnh (văn bản thay thế) khi liên kết có ảnh.");
        }
        if (form.imageAlt().length() > 200) {
            errors.add("Mô tả ảnh dài tối đa 200 ký tự.");
        }
        try {
            int p = Integer.parseInt(form.position().isEmpty() ? "0" : form.position());
            if (p < -9999 || p > 9999) {
                errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
            }
        } catch (NumberFormatException e) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        LocalDate start = parseDate(form.startsOn(), "Ngày bắt đầu", errors);
        LocalDate end = parseDate(form.endsOn(), "Ngày kết thúc", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
        }
        return new LinkForm(form.title(), form.url(), form.imageId(), imagePath, false, form.imageAlt(),
                form.position().isEmpty() ? "0" : form.position(), form.startsOn(), form.endsOn());
    }

    static boolean httpsUrl(String url) {
        if (url.length() > 500 || !url.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static LocalDate parseDate(String text, String label, List<String> errors) {
        try {
            return VietnameseFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            errors.add(label + " không hợp lệ (ví dụ 15/03/2024).");
            return null;
        }
    }

    private static Date sqlDate(String text) {
        LocalDate day = VietnameseFormat.parseDate(text);
        return day == null ? null : Date.valueOf(day);
    }

    private static String date(Date date) {
        return date == null ? "" : date.toLocalDate().toString();
    }

    private LinkForm stored(long id) {
        return jdbc.sql("SELECT title, url, image_path, image_alt, position, starts_on, ends_on FROM link_banner WHERE id = ?")
                .param(id)
                .query((rs, i) -> new LinkForm(rs.getString(1), rs.getString(2), "", rs.getString(3), false, rs.getString(4),
                        String.valueOf(rs.getInt(5)), date(rs.getDate(6)), date(rs.getDate(7))))
                .optional().orElseThrow(() -> new NotFoundException("Không tìm thấy liên kết này."));
    }

    private String form(HttpServletRequest request, Model model, long id, LinkForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("id", id);
        model.addAttribute("link", form);
        model.addAttribute("images", uploads.images("", 1, PICKER_SIZE).items());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/media/link-form";
    }
}
