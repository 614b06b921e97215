package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.internal.RegistrationExport;
import vn.ntm.portal.training.internal.RegistrationService;
import vn.ntm.portal.training.internal.TrainingMailer;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The organisers' registrations of a programme: filtered, paged list (province, category, channel, status, topic,
 * accent-insensitive text), moderation when the programme has it, and CSV/Excel exports sorted by given name.
 * Exports hold personal data: each one is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class RegistrationsAdminController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/dang-ky";
    private static final int PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("tinh", "doi-tuong", "kenh", "trang-thai", "chuyen-de", "q");

    private final AdminShell shell;
    private final TrainingStore store;
    private final RegistrationService service;
    private final TrainingMailer mailer;
    private final AuditApi audit;

    RegistrationsAdminController(AdminShell shell, TrainingStore store, RegistrationService service, TrainingMailer mailer, AuditApi audit) {
        this.shell = shell;
        this.store = store;
        this.service = service;
        this.mailer = mailer;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        TrainingStore.Filter filter = filter(p, params);
        String trang = params.getOrDefault("trang", "1");
        if (!trang.matches("\\d{1,6}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(trang);
        long total = store.count(p.id(), filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, String> kept = kept(params);
        String tb = params.get("tb");
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new RegistrationsPage(p, store.page(p.id(), filter, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE), total, page, pages,
                kept, query(kept), store.provinces(p.provinceVersion()), store.topics(p.id()), store.statusCounts(p.id()),
                "duyet".equals(tb) ? "Đã duyệt đăng ký." : "tu-choi".equals(tb) ? "Đã từ chối đăng ký." : null, null));
        return "admin/training/registrations";
    }

    @GetMapping(PATH + ".csv")
    void csv(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        List<Registration> rows = store.all(p.id(), filter(p, params));
        audit.record("training.registrations-exported", "training_programme", String.valueOf(p.id()), null,
                Map.of("format", "csv", "rows", rows.size(), "filters", kept(params)));
        send(response, RegistrationExport.csv(rows, store.topics(p.id())), "text/csv; charset=utf-8", "dang-ky-" + p.slug() + ".csv");
    }

    @GetMapping(PATH + ".xlsx")
    void xlsx(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        List<Registration> rows = store.all(p.id(), filter(p, params));
        audit.record("training.registrations-exported", "training_programme", String.valueOf(p.id()), null,
                Map.of("format", "xlsx", "rows", rows.size(), "filters", kept(params)));
        send(response, RegistrationExport.xlsx(rows, store.topics(p.id()), "Danh sách đăng ký: " + p.name()),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "dang-ky-" + p.slug() + ".xlsx");
    }

    @PostMapping(PATH + "/{registrationId}/duyet")
    String approve(@PathVariable long id, @PathVariable long registrationId) {
        Programme p = programme(id);
        Registration before = registration(p, registrationId);
        Registration after = service.approve(p, registrationId)
                .orElseThrow(() -> new UserInputException(409, "Đăng ký này không ở trạng thái chờ duyệt."));
        audit.record("training.registration-approved", "training_registration", String.valueOf(registrationId),
                Map.of("status", before.status().name()), Map.of("status", after.status().name(), "channel", after.channel().name()));
        mailer.moderated(p, after);
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/dang-ky?trang-thai=PENDING&tb=duyet";
    }

    @PostMapping(PATH + "/{registrationId}/tu-choi")
    String reject(@PathVariable long id, @PathVariable long registrationId) {
        Programme p = programme(id);
        Registration before = registration(p, registrationId);
        Registration after = service.reject(p, registrationId)
                .orElseThrow(() -> new UserInputException(409, "Đăng ký này không ở trạng thái chờ duyệt."));
        audit.record("training.registration-rejected", "training_registration", String.valueOf(registrationId),
                Map.of("status", before.status().name()), Map.of("status", after.status().name()));
        mailer.moderated(p, after);
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/dang-ky?trang-thai=PENDING&tb=tu-choi";
    }

    static TrainingStore.Filter filter(Programme p, Map<String, String> params, TrainingStore store) {
        String province = params.getOrDefault("tinh", "");
        String category = params.getOrDefault("doi-tuong", "");
        String channel = params.getOrDefault("kenh", "");
        String status = params.getOrDefault("trang-thai", "");
        String topic = params.getOrDefault("chuyen-de", "");
        String q = params.getOrDefault("q", "").strip();
        Category c = Labelled.parse(Category.class, category);
        Delivery d = Labelled.parse(Delivery.class, channel);
        RegistrationStatus s = Labelled.parse(RegistrationStatus.class, status);
        if ((!province.isEmpty() && !province.matches("\\d{2}")) || (!category.isEmpty() && c == null) || (!channel.isEmpty() && d == null)
                || (!status.isEmpty() && s == null) || (!topic.isEmpty() && !topic.matches("\\d{1,18}")) || q.length() > 200) {
            throw new UserInputException(400, "Bộ lọc không hợp lệ.");
        }
        return new TrainingStore.Filter(province.isEmpty() ? null : province, c, d, s, topic.isEmpty() ? null : Long.parseLong(topic),
                q.isEmpty() ? null : q);
    }

    private TrainingStore.Filter filter(Programme p, Map<String, String> params) {
        return filter(p, params, store);
    }

    private static Map<String, String> kept(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String k : FILTERS) {
            if (!params.getOrDefault(k, "").isBlank()) {
                kept.put(k, params.get(k).strip());
            }
        }
        return kept;
    }

    static String query(Map<String, String> kept) {
        return kept.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void send(HttpServletResponse response, byte[] body, String type, String name) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }

    private Registration registration(Programme p, long id) {
        return store.registration(p.id(), id).orElseThrow(() -> new NotFoundException("Không tìm thấy đăng ký này."));
    }
}
