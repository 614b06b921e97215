package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
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
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.AttendanceRules;
import vn.ntm.portal.training.imports.Platform;
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.internal.ImportAttendance;
import vn.ntm.portal.training.internal.ImportOutcome;
import vn.ntm.portal.training.internal.ImportService;
import vn.ntm.portal.training.internal.ImportStore;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Platform reports of a programme's sessions and what they give: the import screen ({@code nhap-so-lieu}), identified
 * attendance with the review queue and the attendance rules ({@code diem-danh}), and anonymous reach with manual
 * figures ({@code luot-xem}). Every change is audited (imports by {@link ImportService}, decisions and settings by
 * {@link ImportAttendance}); a raw file downloaded holds personal data and is audited too.
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class ImportsAdminController {

    private static final String BASE = TrainingMenu.ADMIN + "/{id}";
    private static final int REVIEW_PAGE = 50;

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final TrainingStore store;
    private final ImportStore imports;
    private final ImportService service;
    private final ImportAttendance attendance;
    private final AuditApi audit;

    ImportsAdminController(AdminShell shell, AccountsApi accounts, TrainingStore store, ImportStore imports, ImportService service,
                           ImportAttendance attendance, AuditApi audit) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.imports = imports;
        this.service = service;
        this.attendance = attendance;
        this.audit = audit;
    }

    // ---- imports

    @GetMapping(BASE + "/nhap-so-lieu")
    String importsPage(@PathVariable long id, @RequestParam(required = false) Long nhap, @RequestParam(required = false) Long trung,
                       @RequestParam(required = false) String buoi, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        String notice = null;
        List<String> warnings = List.of();
        if (nhap != null) {
            ImportStore.ImportRow row = imports.importRow(p.id(), nhap).orElse(null);
            if (row != null) {
                notice = "Đã nhập " + row.fileName() + " (" + lower(row.kind().label()) + ", " + row.rowsText() + " dòng).";
                if (row.supersededBy() == null) {
                    notice += supersedeNote(p.id(), row.id());
                }
                warnings = row.warnings();
            }
        } else if (trung != null) {
            ImportStore.ImportRow row = imports.importRow(p.id(), trung).orElse(null);
            if (row != null) {
                notice = "Tệp này đã được nhập lúc " + row.importedAtText() + " (" + row.fileName() + ", mã " + row.hashPrefix()
                        + "…): không nhập lại, không có số liệu nào được tính hai lần.";
            }
        }
        return render(p, buoi == null ? "" : buoi, "", attendance.timeZone(p.id()), notice, null, List.of(), warnings, request, model);
    }

    private String supersedeNote(long programmeId, long importId) {
        return imports.imports(programmeId).stream().filter(r -> r.supersededBy() != null && r.supersededBy() == importId).findFirst()
                .map(old -> " Tệp này thay cho " + old.fileName() + " nhập lúc " + old.importedAtText() + ".").orElse("");
    }

    @PostMapping(BASE + "/nhap-so-lieu")
    String upload(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        String buoi = param(request, "buoi");
        String loai = param(request, "loai");
        String zoneText = param(request, "mui_gio");
        try {
            Session session = sessionOf(p, buoi);
            ReportKind expected = null;
            if (!loai.isEmpty()) {
                try {
                    expected = ReportKind.valueOf(loai);
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(400, "Loại báo cáo không hợp lệ.");
                }
                if (expected == ReportKind.UNKNOWN) {
                    throw new UserInputException(400, "Loại báo cáo không hợp lệ.");
                }
            }
            ZoneId zone = zone(zoneText.isEmpty() ? attendance.timeZone(p.id()) : zoneText);
            if (!(request instanceof MultipartHttpServletRequest multipart)) {
                throw new UserInputException(400, "Hãy chọn tệp báo cáo để nhập.");
            }
            MultipartFile file = multipart.getFile("tep");
            if (file == null || file.isEmpty()) {
                throw new UserInputException(400, "Hãy chọn tệp báo cáo để nhập.");
            }
            if (file.getSize() > ImportService.MAX_BYTES) {
                throw new UserInputException(413, ImportService.TOO_LARGE);
            }
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new UserInputException(400, "Không đọc được tệp tải lên.");
            }
            ImportOutcome o = service.importReport(session.id(), expected, file.getOriginalFilename(), bytes, zone, actor());
            switch (o.status()) {
                case STORED:
                    return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/nhap-so-lieu?nhap=" + o.importId() + "&buoi=" + session.id();
                case DUPLICATE:
                    return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/nhap-so-lieu?trung=" + o.importId() + "&buoi=" + session.id();
                default:
                    response.setStatus(422);
                    return render(p, buoi, loai, zoneText, null, "Tệp không được nhập: " + (o.errors().size() == 1 ? "có 1 lỗi" : "có "
                            + VietnameseFormat.number(o.errors().size()) + " lỗi") + ". Không có số liệu nào được lưu; hãy sửa tệp rồi nhập lại.",
                            o.errors(), o.warnings(), request, model);
            }
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return render(p, buoi, loai, zoneText, null, e.getMessage(), List.of(), List.of(), request, model);
        }
    }

    @GetMapping(BASE + "/nhap-so-lieu/{importId}/tep")
    void download(@PathVariable long id, @PathVariable long importId, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        ImportStore.ImportRow row = imports.importRow(p.id(), importId).orElseThrow(() -> new NotFoundException("Không tìm thấy lần nhập này."));
        byte[] body = imports.content(p.id(), importId).orElseThrow(() -> new NotFoundException("Không tìm thấy lần nhập này."));
        audit.record("training.import-downloaded", "training_import", String.valueOf(importId), null,
                Map.of("file", row.fileName(), "sha256", row.sha256()));
        response.setContentType("application/octet-stream");
        String ascii = row.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(row.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private String render(Programme p, String buoi, String loai, String zone, String notice, String error,
                          List<vn.ntm.portal.training.imports.ImportError> errors, List<String> warnings, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new ImportsPage(p, store.sessions(p.id()), imports.imports(p.id()), buoi, loai, zone, ImportService.MAX_BYTES,
                notice, error, errors, warnings));
        return "admin/training/imports";
    }

    // ---- attendance

    @GetMapping(BASE + "/diem-danh")
    String attendancePage(@PathVariable long id, @RequestParam(required = false) String buoi, @RequestParam(required = false) String tb,
                          @RequestParam(required = false) String trang, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        String notice = "quy-tac".equals(tb) ? "Đã lưu quy tắc điểm danh và tính lại mọi buổi." : null;
        String t = trang == null || trang.isEmpty() ? "1" : trang;
        if (!t.matches("\\d{1,6}") || Integer.parseInt(t) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        return attendanceView(p, buoi, null, notice, null, Integer.parseInt(t), request, model);
    }

    @PostMapping(BASE + "/diem-danh/quy-tac")
    String saveRules(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletResponse response, HttpServletRequest request,
                     Model model) {
        Programme p = programme(id);
        try {
            int minutes = number(params.get("phut"), 0, 1440, "Số phút tối thiểu");
            int percent = number(params.get("phan_tram"), 0, 100, "Tỉ lệ thời gian tối thiểu");
            int late = number(params.get("muon"), 0, 1440, "Số phút tính là đến muộn");
            if (minutes == 0 && percent == 0) {
                throw new UserInputException(400, "Cần ít nhất một tiêu chí có mặt: số phút hoặc tỉ lệ thời gian lớn hơn 0.");
            }
            String zoneText = params.getOrDefault("mui_gio", "").strip();
            ZoneId zone = zone(zoneText.isEmpty() ? attendance.timeZone(p.id()) : zoneText);
            attendance.saveRules(p.id(), new AttendanceRules(minutes, percent, late), zone.getId());
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return attendanceView(p, params.get("buoi"), params, null, e.getMessage(), 1, request, model);
        }
        String buoi = params.getOrDefault("buoi", "");
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/diem-danh?tb=quy-tac" + (buoi.matches("\\d{1,18}") ? "&buoi=" + buoi : "");
    }

    private String attendanceView(Programme p, String buoi, Map<String, String> typed, String notice, String error, int page,
                                  HttpServletRequest request, Model model) {
        List<Session> sessions = store.sessions(p.id());
        Session session = buoi == null || buoi.isEmpty() ? (sessions.isEmpty() ? null : sessions.get(0)) : sessionOrNull(p, buoi);
        if (session == null && !sessions.isEmpty()) {
            throw new NotFoundException("Không tìm thấy buổi này.");
        }
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new AttendancePage(p, sessions, session, session == null ? List.of() : imports.attendance(p.id(), session.id()),
                session == null ? Map.of() : imports.reviewCounts(session.id()), attendance.rules(p.id()), attendance.timeZone(p.id()), typed,
                notice, error, page));
        return "admin/training/attendance";
    }

    // ---- review queue

    @GetMapping(BASE + "/diem-danh/doi-chieu")
    String reviewPage(@PathVariable long id, @RequestParam(required = false) String buoi, @RequestParam(required = false) String trang,
                      @RequestParam(required = false) String tim, @RequestParam(required = false) String tb, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        Programme p = programme(id);
        Session session = sessionOf(p, buoi == null ? "" : buoi);
        String notice = "ghep".equals(tb) ? "Đã ghép với người đăng ký và tính lại số phút." : "bo-qua".equals(tb) ? "Đã bỏ qua người này." : null;
        return reviewView(p, session, trang, tim, notice, null, request, model);
    }

    private String reviewView(Programme p, Session session, String trang, String tim, String notice, String error, HttpServletRequest request,
                              Model model) {
        String t = trang == null || trang.isEmpty() ? "1" : trang;
        if (!t.matches("\\d{1,6}") || Integer.parseInt(t) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        String q = tim == null ? "" : tim.strip();
        if (q.length() > 200) {
            throw new UserInputException(400, "Từ khóa tìm kiếm quá dài.");
        }
        int page = Integer.parseInt(t);
        long total = imports.pendingCount(session.id());
        int pages = (int) Math.max(1, (total + REVIEW_PAGE - 1) / REVIEW_PAGE);
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new ReviewPage(p, session, imports.review(session.id(), (long) (page - 1) * REVIEW_PAGE, REVIEW_PAGE), total, page,
                pages, q, q.isEmpty() ? List.of() : imports.search(p.id(), q, 20), notice, error));
        return "admin/training/review";
    }

    @PostMapping(BASE + "/diem-danh/doi-chieu/{personId}/ghep")
    String match(@PathVariable long id, @PathVariable long personId, @RequestParam Map<String, String> params, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Programme p = programme(id);
        ImportAttendance.Person person = attendance.person(p.id(), personId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy người này trong báo cáo Zoom."));
        try {
            long registrationId = registrationOf(p, params.getOrDefault("dang_ky", ""), params.getOrDefault("ma", ""));
            if (!attendance.match(person, registrationId, actor())) {
                throw new UserInputException(422, "Người đăng ký này không thuộc chương trình.");
            }
        } catch (UserInputException e) {
            response.setStatus(e.status());
            Session s = sessionOf(p, String.valueOf(person.sessionId()));
            return reviewView(p, s, params.get("trang"), params.get("tim"), null, e.getMessage(), request, model);
        }
        return "redirect:" + back(id, person.sessionId(), params) + "&tb=ghep";
    }

    @PostMapping(BASE + "/diem-danh/doi-chieu/{personId}/bo-qua")
    String dismiss(@PathVariable long id, @PathVariable long personId, @RequestParam Map<String, String> params) {
        Programme p = programme(id);
        ImportAttendance.Person person = attendance.person(p.id(), personId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy người này trong báo cáo Zoom."));
        if (!"PENDING".equals(person.state())) {
            throw new UserInputException(409, "Người này đã được xử lý.");
        }
        attendance.dismiss(person, actor());
        return "redirect:" + back(id, person.sessionId(), params) + "&tb=bo-qua";
    }

    private long registrationOf(Programme p, String id, String code) {
        if (!id.isBlank()) {
            if (!id.strip().matches("\\d{1,18}")) {
                throw new UserInputException(400, "Người đăng ký không hợp lệ.");
            }
            return Long.parseLong(id.strip());
        }
        if (code.isBlank()) {
            throw new UserInputException(400, "Hãy chọn một người đăng ký gợi ý hoặc nhập mã đăng ký.");
        }
        String c = PersonalCodes.parse(code).orElseThrow(() -> new UserInputException(400, "Mã đăng ký \"" + code.strip() + "\" không đúng dạng."));
        return imports.registrationIdByCode(p.id(), c)
                .orElseThrow(() -> new UserInputException(422, "Không có người đăng ký nào với mã " + PersonalCodes.display(c) + " trong chương trình."));
    }

    private static String back(long id, long sessionId, Map<String, String> params) {
        String trang = params.getOrDefault("trang", "1");
        String tim = params.getOrDefault("tim", "");
        return TrainingMenu.ADMIN + "/" + id + "/diem-danh/doi-chieu?buoi=" + sessionId + (trang.matches("\\d{1,6}") ? "&trang=" + trang : "")
                + (tim.isBlank() || tim.length() > 200 ? "" : "&tim=" + URLEncoder.encode(tim.strip(), StandardCharsets.UTF_8));
    }

    // ---- reach

    @GetMapping(BASE + "/luot-xem")
    String reachPage(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        return reachView(p, null, "luu".equals(tb) ? "Đã lưu số liệu nhập tay." : null, null, request, model);
    }

    @PostMapping(BASE + "/luot-xem/{sessionId}")
    String saveReach(@PathVariable long id, @PathVariable long sessionId, @RequestParam Map<String, String> params, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        Programme p = programme(id);
        Session session = sessionOf(p, String.valueOf(sessionId));
        Map<String, String> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        String platform = params.getOrDefault("nen_tang", "");
        typed.put("_key", session.id() + "-" + platform);
        try {
            Platform pl;
            try {
                pl = Platform.valueOf(platform);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(400, "Nền tảng không hợp lệ.");
            }
            Long views = figure(params.get("luot_xem"), "Lượt xem");
            Long peak = figure(params.get("cao_nhat"), "Số người xem cùng lúc cao nhất");
            Long average = figure(params.get("trung_binh"), "Số người xem cùng lúc trung bình");
            String note = params.getOrDefault("ghi_chu", "").strip();
            if (note.length() > 500) {
                throw new UserInputException(400, "Ghi chú tối đa 500 ký tự.");
            }
            if (peak != null && average != null && average > peak) {
                throw new UserInputException(400, "Số xem cùng lúc trung bình không thể lớn hơn số cao nhất.");
            }
            attendance.saveManualReach(session.id(), pl.name(), views, peak, average, note, actor());
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return reachView(p, typed, null, e.getMessage(), request, model);
        }
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/luot-xem?tb=luu#buoi-" + session.id();
    }

    private String reachView(Programme p, Map<String, String> typed, String notice, String error, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new ReachPage(p, store.sessions(p.id()), imports.reach(p.id()), typed, notice, error));
        return "admin/training/reach";
    }

    // ---- helpers

    private static Long figure(String text, String label) {
        String t = text == null ? "" : text.strip().replace(".", "").replace(",", "").replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,15}")) {
            throw new UserInputException(400, label + " phải là số nguyên không âm.");
        }
        return Long.parseLong(t);
    }

    private static int number(String text, int min, int max, String label) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw new UserInputException(400, label + " phải là số nguyên từ " + min + " đến " + max + ".");
        }
        return Integer.parseInt(t);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new UserInputException(400, "Múi giờ \"" + text.strip() + "\" không hợp lệ (ví dụ: Asia/Ho_Chi_Minh, UTC, America/Los_Angeles).");
        }
    }

    private Session sessionOf(Programme p, String buoi) {
        if (buoi == null || buoi.isBlank()) {
            throw new UserInputException(400, "Hãy chọn buổi học.");
        }
        Session s = sessionOrNull(p, buoi);
        if (s == null) {
            throw new UserInputException(400, "Buổi học không thuộc chương trình này.");
        }
        return s;
    }

    private Session sessionOrNull(Programme p, String buoi) {
        if (buoi == null || !buoi.strip().matches("\\d{1,18}")) {
            return null;
        }
        long sid = Long.parseLong(buoi.strip());
        return store.sessions(p.id()).stream().filter(s -> s.id() == sid).findFirst().orElse(null);
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private String actor() {
        return accounts.currentUser().map(CurrentUser::username).orElse("?");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }
}
