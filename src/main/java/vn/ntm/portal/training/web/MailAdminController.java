package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
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
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.internal.BulkMail;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/** Bulk mail to a programme's registrants: the template with placeholders, a preview, the queue with progress. */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class MailAdminController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/thu";

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final TrainingStore store;
    private final BulkMail bulk;
    private final AuditApi audit;

    MailAdminController(AdminShell shell, AccountsApi accounts, TrainingStore store, BulkMail bulk, AuditApi audit) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.bulk = bulk;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String form(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        return page(p, "", "Kính gửi {ho_ten},\n\n\n\nMã đăng ký: {ma_dang_ky}\nTrang cá nhân: {link_ca_nhan}\n", "", null,
                "da-xep".equals(tb) ? "Đã xếp thư vào hàng đợi; thư được gửi dần, xem tiến độ bên dưới." : null, null, request, model);
    }

    @PostMapping(PATH)
    String submit(@PathVariable long id, @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                  @RequestParam(name = "trang-thai", defaultValue = "") String status, @RequestParam(defaultValue = "") String action,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Programme p = programme(id);
        String s = VietnameseText.nfc(subject.strip());
        String b = VietnameseText.nfc(body.replace("\r\n", "\n"));
        RegistrationStatus st = Labelled.parse(RegistrationStatus.class, status);
        try {
            if (!status.isEmpty() && st == null) {
                throw new UserInputException(400, "Nhóm người nhận không hợp lệ.");
            }
            BulkMail.check(s, b);
            if (!action.equals("gui")) {
                return page(p, s, b, status, st == null ? "" : st.name(), null, null, request, model, true);
            }
            String user = accounts.currentUser().map(CurrentUser::username).orElse("?");
            long job = bulk.queue(p, s, b, st, user);
            audit.record("training.mail-queued", "training_mail_job", String.valueOf(job), null,
                    Map.of("programme", p.id(), "subject", s, "status", status, "recipients", bulk.recipients(p.id(), st)));
            return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/thu?tb=da-xep";
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(p, s, b, status, null, null, e.getMessage(), request, model);
        }
    }

    private String page(Programme p, String subject, String body, String status, String previewStatus, String notice, String error,
                        HttpServletRequest request, Model model) {
        return page(p, subject, body, status, previewStatus, notice, error, request, model, false);
    }

    private String page(Programme p, String subject, String body, String status, String previewStatus, String notice, String error,
                        HttpServletRequest request, Model model, boolean preview) {
        RegistrationStatus st = Labelled.parse(RegistrationStatus.class, status);
        String previewText = null;
        String previewSubject = null;
        if (preview) {
            Optional<Registration> sample = bulk.sample(p.id(), st);
            previewText = sample.map(r -> bulk.render(body, p, r)).orElse("(không có người nhận nào)");
            previewSubject = sample.map(r -> bulk.render(subject, p, r)).orElse("");
        }
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new MailPage(p, subject, body, status, previewText, previewSubject, bulk.recipients(p.id(), st),
                bulk.jobs(p.id()), new java.util.TreeMap<>(BulkMail.PLACEHOLDERS), notice, error));
        return "admin/training/mail";
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }
}
