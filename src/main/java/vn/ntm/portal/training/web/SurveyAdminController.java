package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyExport;
import vn.ntm.portal.training.internal.SurveyResults;
import vn.ntm.portal.training.internal.SurveyService;
import vn.ntm.portal.training.internal.SurveyStore;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The organisers' feedback surveys of a programme ({@code /quan-tri/tap-huan/{id}/khao-sat}): the list with the
 * programme's positive count and threshold, a survey with its items, its results with charts, and the exports
 * (CSV, Excel, PDF; each audited, since identified responses name people).
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class SurveyAdminController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/khao-sat";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Map<String, String> NOTICES = Map.of("da-tao", "Đã tạo phiếu khảo sát. Hãy thêm câu hỏi.", "da-luu", "Đã lưu.",
            "da-xoa", "Đã xóa câu hỏi.", "nguong", "Đã lưu ngưỡng ý kiến tích cực và tính lại các phiếu.");

    private final AdminShell shell;
    private final TrainingStore store;
    private final SurveyStore surveys;
    private final SurveyService service;
    private final AuditApi audit;

    SurveyAdminController(AdminShell shell, TrainingStore store, SurveyStore surveys, SurveyService service, AuditApi audit) {
        this.shell = shell;
        this.store = store;
        this.surveys = surveys;
        this.service = service;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@PathVariable long id, @RequestParam(name = "tb", required = false) String tb, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        return page(p, null, Map.of("kirkpatrick", "1", "timing", "POST", "status", "DRAFT", "target", "PROGRAMME"), null, notice(tb),
                request, model);
    }

    @PostMapping(PATH)
    String create(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        Programme p = programme(id);
        List<String> errors = new ArrayList<>();
        SurveyService.SurveyInput in = input(p, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return page(p, null, form, String.join(" ", errors), null, request, model);
        }
        long sid = service.create(p.id(), in);
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/khao-sat/" + sid + "?tb=da-tao";
    }

    @PostMapping(PATH + "/nguong-tich-cuc")
    String threshold(@PathVariable long id, @RequestParam(name = "positive_min_rating", defaultValue = "") String value) {
        Programme p = programme(id);
        if (!value.strip().matches("\\d{1,2}")) {
            throw new UserInputException(400, "Ngưỡng ý kiến tích cực phải là một điểm từ 1 đến 5.");
        }
        service.setPositiveMinRating(p.id(), Integer.parseInt(value.strip()));
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/khao-sat?tb=nguong";
    }

    @GetMapping(PATH + "/{sid}")
    String edit(@PathVariable long id, @PathVariable long sid, @RequestParam(name = "tb", required = false) String tb, HttpServletRequest request,
                Model model) {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        return page(p, s, values(s), null, notice(tb), request, model);
    }

    @PostMapping(PATH + "/{sid}")
    String update(@PathVariable long id, @PathVariable long sid, @RequestParam Map<String, String> form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        List<String> errors = new ArrayList<>();
        SurveyService.SurveyInput in = input(p, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return page(p, s, form, String.join(" ", errors), null, request, model);
        }
        try {
            service.update(s, in);
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(p, s, form, e.getMessage(), null, request, model);
        }
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/khao-sat/" + sid + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{sid}/cau-hoi")
    String addItem(@PathVariable long id, @PathVariable long sid, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return saveItem(id, sid, null, form, request, response, model);
    }

    @PostMapping(PATH + "/{sid}/cau-hoi/{itemId}")
    String updateItem(@PathVariable long id, @PathVariable long sid, @PathVariable long itemId, @RequestParam Map<String, String> form,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        return saveItem(id, sid, itemId, form, request, response, model);
    }

    private String saveItem(long id, long sid, Long itemId, Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                            Model model) {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        SurveyItem before = itemId == null ? null : item(s, itemId);
        List<String> errors = new ArrayList<>();
        SurveyService.ItemInput in = SurveyService.itemInput(form, errors);
        String error = errors.isEmpty() ? null : String.join(" ", errors);
        if (error == null) {
            try {
                service.saveItem(s, before, in);
            } catch (UserInputException e) {
                response.setStatus(e.status());
                error = e.getMessage();
            }
        } else {
            response.setStatus(400);
        }
        if (error != null) {
            Map<String, String> values = values(s);
            form.forEach((k, v) -> values.put((itemId == null ? "new_" : "item" + itemId + "_") + k, v));
            return page(p, s, values, error, null, request, model);
        }
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/khao-sat/" + sid + "?tb=da-luu#cau-hoi";
    }

    @PostMapping(PATH + "/{sid}/cau-hoi/{itemId}/xoa")
    String deleteItem(@PathVariable long id, @PathVariable long sid, @PathVariable long itemId) {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        service.deleteItem(s, item(s, itemId));
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/khao-sat/" + sid + "?tb=da-xoa#cau-hoi";
    }

    @GetMapping(PATH + "/{sid}/ket-qua")
    String results(@PathVariable long id, @PathVariable long sid, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        SurveyScopes scopes = new SurveyScopes(ProgrammeBundle.load(store, p));
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new SurveyResultsPage(p, scopes, SurveyResults.load(surveys, s, scopes.topicNames())));
        return "admin/training/survey-results";
    }

    @GetMapping(PATH + "/{sid}/ket-qua.csv")
    void resultsCsv(@PathVariable long id, @PathVariable long sid, HttpServletResponse response) throws IOException {
        export(id, sid, "ket-qua", "csv", response);
    }

    @GetMapping(PATH + "/{sid}/tra-loi.csv")
    void responsesCsv(@PathVariable long id, @PathVariable long sid, HttpServletResponse response) throws IOException {
        export(id, sid, "tra-loi", "csv", response);
    }

    @GetMapping(PATH + "/{sid}/ket-qua.xlsx")
    void xlsx(@PathVariable long id, @PathVariable long sid, HttpServletResponse response) throws IOException {
        export(id, sid, "ket-qua", "xlsx", response);
    }

    @GetMapping(PATH + "/{sid}/ket-qua.pdf")
    void pdf(@PathVariable long id, @PathVariable long sid, HttpServletResponse response) throws IOException {
        export(id, sid, "ket-qua", "pdf", response);
    }

    private void export(long id, long sid, String what, String format, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        Survey s = survey(p, sid);
        SurveyScopes scopes = new SurveyScopes(ProgrammeBundle.load(store, p));
        SurveyResults r = SurveyResults.load(surveys, s, scopes.topicNames());
        String name = "khao-sat-" + s.id() + "-" + what + "." + format;
        byte[] body;
        String type;
        switch (format) {
            case "csv" -> {
                body = what.equals("tra-loi") ? SurveyExport.responsesCsv(r) : SurveyExport.resultsCsv(r);
                type = "text/csv; charset=utf-8";
            }
            case "xlsx" -> {
                body = SurveyExport.xlsx(r, "Khảo sát: " + s.title() + " – " + p.name());
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            default -> {
                body = SurveyExport.pdf(r, p, scopes.text(s));
                type = "application/pdf";
            }
        }
        audit.record("training.survey-exported", "training_survey", String.valueOf(s.id()), null,
                Map.of("what", what, "format", format, "responses", r.n()));
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String notice(String tb) {
        return tb == null ? null : NOTICES.get(tb);
    }

    private SurveyService.SurveyInput input(Programme p, Map<String, String> form, List<String> errors) {
        ProgrammeBundle b = ProgrammeBundle.load(store, p);
        Set<Long> sessions = b.sessions().stream().map(x -> x.id()).collect(Collectors.toSet());
        Set<Long> topics = b.topics().stream().map(x -> x.id()).collect(Collectors.toSet());
        Set<Long> speakers = b.speakers().stream().map(x -> x.id()).collect(Collectors.toSet());
        return SurveyService.surveyInput(form, sessions, topics, speakers, errors);
    }

    private String page(Programme p, Survey s, Map<String, String> values, String error, String notice, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new SurveysPage(p, new SurveyScopes(ProgrammeBundle.load(store, p)), surveys.surveys(p.id()), surveys.counts(p.id()),
                surveys.feedback(p.id()), surveys.positiveMinRating(p.id()), s, s == null ? List.of() : surveys.items(s.id()), values, error, notice));
        return s == null ? "admin/training/surveys" : "admin/training/survey";
    }

    private static Map<String, String> values(Survey s) {
        Map<String, String> v = new HashMap<>();
        v.put("title", s.title());
        v.put("intro", s.intro());
        v.put("target", SurveyScopes.target(s));
        v.put("kirkpatrick", String.valueOf(s.kirkpatrick()));
        v.put("timing", s.timing().name());
        v.put("status", s.status().name());
        v.put("anonymous", s.anonymous() ? "1" : "");
        v.put("opens_at", local(s.opensAt()));
        v.put("closes_at", local(s.closesAt()));
        return v;
    }

    private static String local(Instant i) {
        return i == null ? "" : LOCAL.format(LocalDateTime.ofInstant(i, VietnameseFormat.ZONE));
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }

    private Survey survey(Programme p, long sid) {
        return surveys.survey(p.id(), sid).orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu khảo sát này."));
    }

    private SurveyItem item(Survey s, long itemId) {
        return surveys.items(s.id()).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
    }
}
