package vn.ntm.portal.media.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.NotFoundException;

/**
 * Songs and videos of "Hát về nông thôn mới" (table {@code media_item}); administrators only, every
 * change audited. A YouTube video is kept as its privacy-enhanced embed URL, a local file as its
 * {@code /uploads/} path.
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class MediaAdminController {

    private static final String PATH = MediaAdminMenu.MEDIA;
    static final Pattern YOUTUBE = Pattern.compile("https://www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{11}");
    static final Pattern UPLOAD = Pattern.compile("/uploads/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\\.[A-Za-z0-9]+)?");
    private static final Map<String, String> NOTICES = Map.of(
            "da-luu", "Đã lưu.", "da-tao", "Đã thêm bài hát, video.", "da-xoa", "Đã xóa.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditApi audit;

    MediaAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("items", jdbc.sql("""
                SELECT id, title, kind, coalesce(embed_url, file_path), position, published FROM media_item ORDER BY position, id""")
                .query((rs, i) -> new MediaRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBoolean(6)))
                .list());
        model.addAttribute("notice", tb == null ? null : NOTICES.get(tb));
        return "admin/media/media";
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, 0, MediaForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        MediaForm form = normalise(MediaForm.from(request));
        List<String> errors = validate(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, String.join(" ", errors), null);
        }
        long id = tx.execute(status -> {
            long newId = jdbc.sql("""
                    INSERT INTO media_item (title, kind, file_path, embed_url, description, position, published)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .param(form.title()).param(form.kind()).param(filePath(form)).param(embedUrl(form))
                    .param(form.description()).param(Integer.parseInt(form.position())).param(form.published())
                    .query(Long.class).single();
            audit.record("media.created", "media_item", String.valueOf(newId), null, form.snapshot());
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
        MediaForm before = stored(id);
        MediaForm form = normalise(MediaForm.from(request));
        List<String> errors = validate(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, String.join(" ", errors), null);
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE media_item SET title = ?, kind = ?, file_path = ?, embed_url = ?, description = ?, position = ?,
                           published = ? WHERE id = ?""")
                    .param(form.title()).param(form.kind()).param(filePath(form)).param(embedUrl(form))
                    .param(form.description()).param(Integer.parseInt(form.position())).param(form.published()).param(id)
                    .update();
            audit.record("media.updated", "media_item", String.valueOf(id), before.snapshot(), form.snapshot());
        });
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id) {
        MediaForm before = stored(id);
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM media_item WHERE id = ?").param(id).update();
            audit.record("media.deleted", "media_item", String.valueOf(id), before.snapshot(), null);
        });
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private static MediaForm normalise(MediaForm f) {
        return new MediaForm(f.title(), f.kind(), f.source(), f.description(), f.position().isEmpty() ? "0" : f.position(),
                f.published());
    }

    private static List<String> validate(MediaForm form) {
        List<String> errors = new ArrayList<>();
        if (form.title().isEmpty() || form.title().length() > 200) {
            errors.add("Tiêu đề không được để trống (tối đa 200 ký tự).");
        }
        if (!form.kind().equals("AUDIO") && !form.kind().equals("VIDEO")) {
            errors.add("Loại phải là bài hát (âm thanh) hoặc video.");
        }
        if (!(YOUTUBE.matcher(form.source()).matches() || UPLOAD.matcher(form.source()).matches())) {
            errors.add("Nguồn phải là địa chỉ nhúng https://www.youtube-nocookie.com/embed/<mã video> hoặc một đường dẫn /uploads/… trên trang.");
        }
        if (form.description().length() > 1000) {
            errors.add("Mô tả dài tối đa 1000 ký tự.");
        }
        try {
            int p = Integer.parseInt(form.position());
            if (p < -9999 || p > 9999) {
                errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
            }
        } catch (NumberFormatException e) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        return errors;
    }

    private static String filePath(MediaForm form) {
        return form.source().startsWith("/uploads/") ? form.source() : null;
    }

    private static String embedUrl(MediaForm form) {
        return form.source().startsWith("/uploads/") ? null : form.source();
    }

    private MediaForm stored(long id) {
        return jdbc.sql("SELECT title, kind, coalesce(embed_url, file_path), description, position, published FROM media_item WHERE id = ?")
                .param(id)
                .query((rs, i) -> new MediaForm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getInt(5)), rs.getBoolean(6)))
                .optional().orElseThrow(() -> new NotFoundException("Không tìm thấy bài hát, video này."));
    }

    private String form(HttpServletRequest request, Model model, long id, MediaForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("id", id);
        model.addAttribute("item", form);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/media/media-form";
    }
}
