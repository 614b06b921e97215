package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.UserSummary;
import vn.ntm.portal.qa.QaRoles;
import vn.ntm.portal.qa.domain.QaStatus;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.qa.internal.HolidayCalendar;
import vn.ntm.portal.qa.internal.QaMailer;
import vn.ntm.portal.qa.internal.QaService;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.uploads.PrivateDownload;
import vn.ntm.portal.uploads.PrivateFile;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.SiteSettings;
import vn.ntm.portal.web.UserInputException;

/**
 * The staff's questions at {@code /quan-tri/hoi-dap}: handlers ({@code HOI_DAP}) and administrators
 * assign, keep internal notes, draft answers, forward and publish; only administrators approve an
 * answer (approval makes it public on the tracking page and mails the asker). Every step is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('HOI_DAP', 'QUAN_TRI')")
class QaAdminController {

    private static final String PATH = QaAdminMenu.QUESTIONS;
    private static final int PAGE_SIZE = 20;
    private static final Map<String, String> NOTICES = Map.of(
            "phan-cong", "Đã phân công người trả lời.", "ghi-chu", "Đã thêm ghi chú nội bộ.",
            "du-thao", "Đã lưu dự thảo câu trả lời.", "duyet", "Đã duyệt câu trả lời; người hỏi có thể xem bằng mã tra cứu.",
            "chuyen", "Đã ghi nhận chuyển cơ quan khác.", "cong-khai", "Đã đăng công khai trong mục Hỏi đáp.",
            "thoi-cong-khai", "Đã thôi đăng công khai.");

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final QaStore store;
    private final QaService service;
    private final HolidayCalendar calendar;
    private final QaMailer mailer;
    private final SiteSettings settings;
    private final UploadsApi uploads;

    QaAdminController(AdminShell shell, AccountsApi accounts, QaStore store, QaService service, HolidayCalendar calendar,
                      QaMailer mailer, SiteSettings settings, UploadsApi uploads) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.service = service;
        this.calendar = calendar;
        this.mailer = mailer;
        this.settings = settings;
        this.uploads = uploads;
    }

    @GetMapping(PATH)
    String list(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        String status = params.getOrDefault("trang-thai", "");
        String topic = params.getOrDefault("linh-vuc", "");
        String handler = params.getOrDefault("can-bo", "");
        String due = params.getOrDefault("han", "");
        String trang = params.getOrDefault("trang", "1");
        QaStatus s = status.isEmpty() ? null : QaStatus.parse(status);
        if ((!status.isEmpty() && s == null) || (!topic.isEmpty() && !topic.matches("\\d{1,18}"))
                || (!handler.isEmpty() && !handler.matches("\\d{1,18}")) || !(due.isEmpty() || due.equals("sap") || due.equals("qua"))
                || !trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Bộ lọc không hợp lệ.");
        }
        WorkingDays days = calendar.workingDays();
        LocalDate today = HolidayCalendar.today();
        var filter = new QaStore.Filter(s, topic.isEmpty() ? null : Long.parseLong(topic),
                handler.isEmpty() ? null : Long.parseLong(handler), due.equals("sap"), due.equals("qua"));
        var paging = store.list(filter, today, days.dueSoonUntil(today), Integer.parseInt(trang), PAGE_SIZE);
        Map<String, String> kept = new LinkedHashMap<>();
        for (String k : List.of("trang-thai", "linh-vuc", "can-bo", "han")) {
            if (!params.getOrDefault(k, "").isEmpty()) {
                kept.put(k, params.get(k));
            }
        }
        StringBuilder link = new StringBuilder(PATH);
        kept.forEach((k, v) -> link.append(link.indexOf("?") < 0 ? "?" : "&").append(k).append('=').append(v));
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("page", new AdminListPage(paging, kept, store.topics(), handlers(), days, today, link.toString()));
        return "admin/qa/list";
    }

    @GetMapping(PATH + "/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        Question q = store.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
        return detailPage(q, tb == null ? null : NOTICES.get(tb), null, request, model);
    }

    /**
     * The question's attachment, a private file of the uploads module (personal data, never under
     * {@code /uploads/}): downloaded, never shown inline, nothing in it may run; every download is audited.
     */
    @GetMapping(PATH + "/{id}/tep-dinh-kem")
    void attachment(@PathVariable long id, HttpServletResponse response) throws IOException {
        Question q = store.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
        if (q.attachmentId() == null) {
            throw new NotFoundException("Câu hỏi này không có tệp đính kèm.");
        }
        PrivateFile file = uploads.findPrivate(q.attachmentId())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm của câu hỏi này."));
        InputStream in = uploads.openPrivate(file.id())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm của câu hỏi này."));
        service.attachmentOpened(q, file.id(), file.originalName());
        PrivateDownload.send(response, file, in, downloadName(q, file));
    }

    /** The asker's file name when it has the stored type's extension; otherwise one made from the code. */
    static String downloadName(Question q, PrivateFile file) {
        return PrivateDownload.fileName(file, "tep-dinh-kem-" + q.trackingCode());
    }

    @PostMapping(PATH + "/{id}/phan-cong")
    String assign(@PathVariable long id, @RequestParam(name = "handler", defaultValue = "") String handler,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Long handlerId = null;
        String name = null;
        if (!handler.isEmpty()) {
            UserSummary u = handlers().stream().filter(h -> String.valueOf(h.id()).equals(handler)).findFirst().orElse(null);
            if (u == null) {
                return refuse(id, 400, "Người được phân công phải là cán bộ trả lời hỏi đáp hoặc quản trị.", request, response, model);
            }
            handlerId = u.id();
            name = u.displayName();
        }
        Long chosen = handlerId;
        String chosenName = name;
        return act(id, "phan-cong", () -> service.assign(id, chosen, chosenName), request, response, model);
    }

    @PostMapping(PATH + "/{id}/ghi-chu")
    String note(@PathVariable long id, @RequestParam(name = "body", defaultValue = "") String body,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > 5000) {
            return refuse(id, 400, "Ghi chú không được để trống (tối đa 5.000 ký tự).", request, response, model);
        }
        return act(id, "ghi-chu", () -> service.addNote(id, me().displayName(), text), request, response, model);
    }

    @PostMapping(PATH + "/{id}/du-thao")
    String draft(@PathVariable long id, @RequestParam(name = "draft", defaultValue = "") String draft,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        String text = draft.strip();
        if (text.isEmpty() || text.length() > 20000) {
            return refuse(id, 400, "Dự thảo câu trả lời không được để trống (tối đa 20.000 ký tự).", request, response, model);
        }
        return act(id, "du-thao", () -> service.saveDraft(id, me().displayName(), text), request, response, model);
    }

    @PostMapping(PATH + "/{id}/duyet")
    @PreAuthorize("hasRole('QUAN_TRI')")
    String approve(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        String result = act(id, "duyet", () -> service.approve(id, me().displayName()), request, response, model);
        if (result.startsWith("redirect:")) {
            mailer.answered(store.find(id).orElseThrow(), settings.identity().name());
        }
        return result;
    }

    @PostMapping(PATH + "/{id}/chuyen")
    String forward(@PathVariable long id, @RequestParam(name = "to", defaultValue = "") String to,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        String body = to.strip();
        if (body.isEmpty() || body.length() > 300) {
            return refuse(id, 400, "Vui lòng nhập tên cơ quan nhận câu hỏi (tối đa 300 ký tự).", request, response, model);
        }
        return act(id, "chuyen", () -> service.forward(id, body), request, response, model);
    }

    @PostMapping(PATH + "/{id}/cong-khai")
    String publish(@PathVariable long id, @RequestParam(name = "published", defaultValue = "") String published,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean on = "true".equals(published);
        return act(id, on ? "cong-khai" : "thoi-cong-khai", () -> service.setPublished(id, on), request, response, model);
    }

    /** Runs a step; a refusal (409) shows the question again with the reason. */
    private String act(long id, String notice, Supplier<Question> step, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        try {
            step.get();
        } catch (UserInputException e) {
            return refuse(id, e.status(), e.getMessage(), request, response, model);
        }
        return "redirect:" + PATH + "/" + id + "?tb=" + notice;
    }

    private String refuse(long id, int status, String message, HttpServletRequest request, HttpServletResponse response, Model model) {
        Question q = store.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
        response.setStatus(status);
        return detailPage(q, null, message, request, model);
    }

    private String detailPage(Question q, String notice, String error, HttpServletRequest request, Model model) {
        List<UserSummary> handlers = handlers();
        String handlerName = q.handlerId() == null ? null : handlers.stream().filter(u -> u.id() == q.handlerId())
                .map(UserSummary::displayName).findFirst().orElse("Người dùng số " + q.handlerId());
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("page", new AdminDetailPage(q, store.notes(q.id()), handlers, handlerName,
                Deadlines.text(q, calendar.workingDays(), HolidayCalendar.today()), me().isAdmin(), notice, error));
        return "admin/qa/detail";
    }

    private List<UserSummary> handlers() {
        return accounts.users(QaRoles.HANDLER, Roles.ADMIN);
    }

    private CurrentUser me() {
        return accounts.currentUser().orElseThrow();
    }
}
