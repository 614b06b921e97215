package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.ProgrammeAdmin;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The organisers' programmes at {@code /quan-tri/tap-huan} (role TAP_HUAN and administrators): the list, a new
 * programme, and one page per programme with its settings and structure (co-organisers, speakers, topics,
 * sessions, channels, materials, custom questions). Parts are added, changed and deleted through
 * {@code /{id}/{part}[/{itemId}[/xoa]]}; every change is audited by {@link ProgrammeAdmin}.
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class AdminController {

    static final String PATH = TrainingMenu.ADMIN;
    private static final Map<String, String> NOTICES = Map.of("da-tao", "Đã tạo chương trình.", "da-luu", "Đã lưu.",
            "da-xoa", "Đã xóa.");

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final TrainingStore store;
    private final ProgrammeAdmin admin;
    private final UploadsApi uploads;

    AdminController(AdminShell shell, AccountsApi accounts, TrainingStore store, ProgrammeAdmin admin, UploadsApi uploads) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.admin = admin;
        this.uploads = uploads;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("programmes", store.allProgrammes());
        return "admin/training/list";
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return programmeForm(null, Map.of(), null, null, request, model);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        ProgrammeAdmin.Form form = form(request);
        try {
            long id = admin.createProgramme(form);
            return "redirect:" + PATH + "/" + id + "?tb=da-tao";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return programmeForm(null, form.values(), null, e.getMessage(), request, model);
        }
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String tb, @RequestParam(name = "canh-bao", required = false) String warning,
                HttpServletRequest request, Model model) {
        Programme p = programme(id);
        String notice = tb == null ? null : NOTICES.get(tb);
        if ("ngoai-thoi-gian".equals(warning)) {
            notice = (notice == null ? "" : notice + " ") + "Lưu ý: có buổi học nằm ngoài thời gian của chương trình.";
        }
        return programmeForm(p, null, notice, null, request, model);
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        ProgrammeAdmin.Form form = form(request);
        try {
            admin.updateProgramme(p, form);
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return programmeForm(p, form.values(), null, e.getMessage(), request, model);
        }
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/{part}")
    String add(@PathVariable long id, @PathVariable String part, HttpServletRequest request, HttpServletResponse response, Model model) {
        return savePart(id, part, null, request, response, model);
    }

    @PostMapping(PATH + "/{id}/{part}/{itemId}")
    String change(@PathVariable long id, @PathVariable String part, @PathVariable long itemId, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return savePart(id, part, itemId, request, response, model);
    }

    @PostMapping(PATH + "/{id}/{part}/{itemId}/xoa")
    String delete(@PathVariable long id, @PathVariable String part, @PathVariable long itemId) {
        Programme p = programme(id);
        if (!ProgrammeAdmin.knownPart(part)) {
            throw new NotFoundException("Không có mục này.");
        }
        admin.delete(p, part, itemId);
        return "redirect:" + PATH + "/" + id + "?tb=da-xoa#" + part;
    }

    private String savePart(long id, String part, Long itemId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        if (!ProgrammeAdmin.knownPart(part)) {
            throw new NotFoundException("Không có mục này.");
        }
        if (itemId != null && !admin.owns(p, part, itemId)) {
            throw new NotFoundException("Không tìm thấy mục này.");
        }
        ProgrammeAdmin.Form form = form(request);
        try {
            String uploaded = upload(part, request, form);
            ProgrammeAdmin.Saved saved = admin.save(p, part, itemId, form, uploaded);
            return "redirect:" + PATH + "/" + id + "?tb=da-luu" + (saved.warning() != null ? "&canh-bao=ngoai-thoi-gian" : "") + "#" + part;
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return programmeForm(p, null, null, e.getMessage(), request, model);
        }
    }

    /** A logo, a speaker's photo (images) or a material's file (document), checked by content by the uploads module. */
    private String upload(String part, HttpServletRequest request, ProgrammeAdmin.Form form) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return null;
        }
        MultipartFile file = multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        String user = accounts.currentUser().map(CurrentUser::username).orElse("?");
        try (InputStream in = file.getInputStream()) {
            return switch (part) {
                case "don-vi" -> uploads.storeImage(name, in, "Biểu trưng " + form.get("name"), user).url();
                case "bao-cao-vien" -> uploads.storeImage(name, in, "Ảnh " + form.get("name"), user).url();
                case "tai-lieu" -> uploads.storeDocument(name, in, user).url();
                default -> throw new UserInputException(400, "Mục này không nhận tệp.");
            };
        } catch (IOException e) {
            throw new UserInputException(400, "Không đọc được tệp tải lên.");
        }
    }

    static ProgrammeAdmin.Form form(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("_csrf")) {
                values.put(k, v.length == 0 ? "" : v[0]);
                lists.put(k, List.of(v));
            }
        });
        return new ProgrammeAdmin.Form(values, lists);
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }

    private String programmeForm(Programme p, Map<String, String> typed, String notice, String error, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("page", AdminProgrammePage.of(store, p, typed, notice, error));
        return "admin/training/programme";
    }
}
