package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.domain.CertEligibility;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.CertRow;
import vn.ntm.portal.training.domain.CertSettings;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.CertMail;
import vn.ntm.portal.training.internal.CertService;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The certificates of a programme at {@code /quan-tri/tap-huan/{id}/chung-nhan}: eligibility rules, certificate
 * settings, the registrants with their eligibility and certificate (filters, 50 a page), manual decisions, issuing
 * one or all eligible, revoking, one PDF, every issued one as a printable PDF, and e-mailing them in the background.
 * Every change is audited (by {@link CertService}, or here for the bulk actions).
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class CertAdminController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/chung-nhan";
    private static final int PAGE_SIZE = 50;
    private static final Map<String, String> NOTICES = Map.of("quy-tac", "Đã lưu quy tắc cấp giấy chứng nhận.",
            "cai-dat", "Đã lưu thiết lập giấy chứng nhận.", "quyet-dinh", "Đã ghi quyết định.", "da-cap", "Đã cấp giấy chứng nhận.",
            "thu-hoi", "Đã thu hồi giấy chứng nhận.", "gui-thu", "Đã xếp thư vào hàng đợi; thư được gửi dần, xem tiến độ bên dưới.");

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final TrainingStore store;
    private final CertService certs;
    private final CertMail mail;
    private final UploadsApi uploads;
    private final AuditApi audit;

    CertAdminController(AdminShell shell, AccountsApi accounts, TrainingStore store, CertService certs, CertMail mail, UploadsApi uploads,
                        AuditApi audit) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.certs = certs;
        this.mail = mail;
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String page(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Programme p = programme(id);
        String tb = params.get("tb");
        String notice = tb == null ? null : tb.startsWith("da-cap-") && tb.substring(7).matches("\\d{1,7}")
                ? "Đã cấp " + VietnameseFormat.number(Long.parseLong(tb.substring(7))) + " giấy chứng nhận." : NOTICES.get(tb);
        return render(p, params, notice, null, request, response, model);
    }

    @PostMapping(PATH + "/quy-tac")
    String rules(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        try {
            int minutes = number(request.getParameter("cert_min_minutes"), "Số phút tối thiểu", 0, 100_000);
            int percent = number(request.getParameter("cert_min_session_percent"), "Tỷ lệ buổi tối thiểu", 0, 100);
            int topics = number(request.getParameter("cert_min_topics"), "Số chuyên đề tối thiểu", 0, 999);
            certs.saveRules(p, new CertEligibility.Rules(minutes, percent, topics, request.getParameter("cert_survey_required") != null));
        } catch (UserInputException e) {
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=quy-tac";
    }

    @PostMapping(PATH + "/cai-dat")
    String settings(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        try {
            CertSettings old = certs.settings(p.id());
            List<Long> issuers = new ArrayList<>();
            String[] chosen = request.getParameterValues("issuer");
            if (chosen != null) {
                for (String s : chosen) {
                    if (!s.matches("\\d{1,18}")) {
                        throw new UserInputException(400, "Đơn vị cấp không hợp lệ.");
                    }
                    issuers.add(Long.parseLong(s));
                }
            }
            String kind = text(request, "kind");
            if (!kind.equals("PARTICIPATED") && !kind.equals("COMPLETED")) {
                throw new UserInputException(400, "Nội dung chứng nhận không hợp lệ.");
            }
            String on = text(request, "issued_on");
            LocalDate issuedOn = null;
            if (!on.isEmpty()) {
                try {
                    issuedOn = LocalDate.parse(on);
                } catch (RuntimeException e) {
                    throw new UserInputException(400, "Ngày cấp không hợp lệ.");
                }
            }
            List<CertSettings.Signer> signers = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String title = text(request, "signer_title_" + i).replace("\r\n", "\n");
                String name = text(request, "signer_name_" + i);
                if (title.isEmpty() && name.isEmpty()) {
                    continue;
                }
                CertSettings.Signer before = old.signer(i - 1);
                Long image = before == null || request.getParameter("signer_drop_" + i) != null ? null : before.imageId();
                Long uploaded = upload(request, "signer_image_" + i, name);
                signers.add(new CertSettings.Signer(title, name, uploaded != null ? uploaded : image));
            }
            certs.saveSettings(p, new CertSettings(text(request, "number_prefix"), text(request, "place"), text(request, "issuer_name"),
                    issuers, request.getParameter("national_motto") != null, kind, issuedOn, signers, old.nextSerial()));
        } catch (UserInputException e) {
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=cai-dat";
    }

    /** A signature image, kept private (never under /uploads/): it is only printed on the certificates. */
    private Long upload(HttpServletRequest request, String field, String signer) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return null;
        }
        MultipartFile file = multipart.getFile(field);
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            var stored = uploads.storePrivate(file.getOriginalFilename() == null ? "chu-ky" : file.getOriginalFilename(), in, user());
            if (!stored.image()) {
                throw new UserInputException(415, "Chữ ký phải là ảnh PNG hoặc JPEG (" + signer + ").");
            }
            return stored.id();
        } catch (IOException e) {
            throw new UserInputException(400, "Không đọc được tệp tải lên.");
        }
    }

    @PostMapping(PATH + "/{registrationId}/quyet-dinh")
    String decide(@PathVariable long id, @PathVariable long registrationId, @RequestParam(name = "quyet_dinh", defaultValue = "") String decision,
                  @RequestParam(name = "ly_do", defaultValue = "") String reason, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        Programme p = programme(id);
        Boolean eligible = switch (decision) {
            case "cap" -> Boolean.TRUE;
            case "khong-cap" -> Boolean.FALSE;
            case "theo-quy-tac" -> null;
            default -> throw new UserInputException(400, "Chọn quyết định: cấp, không cấp hoặc theo quy tắc.");
        };
        try {
            certs.decide(p, registrationId, eligible, reason, user());
        } catch (UserInputException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=quyet-dinh";
    }

    @PostMapping(PATH + "/{registrationId}/cap")
    String issue(@PathVariable long id, @PathVariable long registrationId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        try {
            certs.issue(p, registrationId, user());
        } catch (UserInputException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=da-cap";
    }

    @PostMapping(PATH + "/cap-tat-ca")
    String issueAll(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        List<CertRecord> issued;
        try {
            issued = certs.issueAll(p, user());
        } catch (UserInputException e) {
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=da-cap-" + issued.size();
    }

    @PostMapping(PATH + "/giay/{certificateId}/thu-hoi")
    String revoke(@PathVariable long id, @PathVariable long certificateId, @RequestParam(name = "ly_do", defaultValue = "") String reason,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        try {
            certs.revoke(p, certificateId, reason, user());
        } catch (UserInputException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=thu-hoi";
    }

    @GetMapping(PATH + "/giay/{certificateId}/pdf")
    void pdf(@PathVariable long id, @PathVariable long certificateId, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        CertRecord c = certs.certificate(certificateId).filter(x -> x.programmeId() == p.id())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận này."));
        byte[] pdf = certs.pdf(p, c);
        send(response, pdf, certs.fileName(p, c));
    }

    @GetMapping(PATH + "/tat-ca.pdf")
    void printAll(@PathVariable long id, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        if (certs.valid(p.id()).isEmpty()) {
            throw new UserInputException(409, "Chưa có giấy chứng nhận nào đã cấp để in.");
        }
        var buffer = new java.io.ByteArrayOutputStream();
        int pages = certs.printAll(p, buffer);
        audit.record("training.certificates-printed", "training_programme", String.valueOf(p.id()), null, Map.of("pages", pages));
        send(response, buffer.toByteArray(), "giay-chung-nhan-" + p.slug() + ".pdf");
    }

    @PostMapping(PATH + "/gui-thu")
    String queueMail(@PathVariable long id, @RequestParam(name = "cach", defaultValue = "") String how, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        Programme p = programme(id);
        try {
            if (!how.equals("dinh-kem") && !how.equals("duong-dan")) {
                throw new UserInputException(400, "Chọn cách gửi: đính kèm tệp PDF hoặc gửi đường dẫn tải.");
            }
            long job = mail.queue(p, how.equals("dinh-kem"), user());
            audit.record("training.certificates-mail-queued", "training_certificate_mail_job", String.valueOf(job), null,
                    Map.of("programme", p.id(), "attach", how.equals("dinh-kem"), "recipients", mail.due(p.id())));
        } catch (UserInputException e) {
            return render(p, Map.of(), null, e.getMessage(), request, response, model, e.status());
        }
        return "redirect:" + base(p) + "?tb=gui-thu";
    }

    static void send(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private String render(Programme p, Map<String, String> params, String notice, String error, HttpServletRequest request,
                          HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        return render(p, params, notice, error, request, response, model);
    }

    private String render(Programme p, Map<String, String> params, String notice, String error, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        String show = params.getOrDefault("loc", "");
        if (!CertPage.SHOWS.containsKey(show)) {
            throw new UserInputException(400, "Bộ lọc không hợp lệ.");
        }
        String trang = params.getOrDefault("trang", "1");
        if (!trang.matches("\\d{1,6}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        String q = params.getOrDefault("q", "").strip();
        List<CertRow> all = certs.rows(p);
        String folded = VietnameseText.fold(q).toLowerCase(Locale.ROOT);
        List<CertRow> matching = all.stream().filter(r -> switch (show) {
            case "du-dieu-kien" -> r.verdict().eligible();
            case "chua-du" -> !r.verdict().eligible();
            case "da-cap" -> r.issued();
            case "chua-cap" -> r.verdict().eligible() && !r.issued();
            case "quyet-dinh" -> r.verdict().override() != null;
            default -> true;
        }).filter(r -> folded.isEmpty() || VietnameseText.fold(r.fullName() + " " + r.organisation() + " " + r.code()
                + (r.issued() ? " " + r.certificate().registerNumber() : "")).toLowerCase(Locale.ROOT).contains(folded)).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Integer.parseInt(trang), pages);
        List<CertRow> rows = matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("loc", show);
        kept.put("q", q);
        long eligible = all.stream().filter(r -> r.verdict().eligible()).count();
        long issued = all.stream().filter(CertRow::issued).count();
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new CertPage(p, certs.rules(p.id()), certs.settings(p.id()), store.coorganisers(p.id()), rows,
                matching.size(), eligible, issued, mail.due(p.id()), certs.revoked(p.id()), page, pages, kept, mail.jobs(p.id()), notice, error));
        return "admin/training/cert";
    }

    private static int number(String value, String what, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        if (!v.matches("\\d{1,7}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new UserInputException(400, what + " phải là số nguyên từ " + min + " đến " + VietnameseFormat.number(max) + ".");
        }
        return Integer.parseInt(v);
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : VietnameseText.nfc(v.strip());
    }

    private static String base(Programme p) {
        return TrainingMenu.ADMIN + "/" + p.id() + "/chung-nhan";
    }

    private String user() {
        return accounts.currentUser().map(CurrentUser::username).orElse("?");
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }
}
