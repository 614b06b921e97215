package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.portal.qa.domain.NewQuestion;
import vn.ntm.portal.shared.Contact;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.Topic;
import vn.ntm.portal.qa.internal.FormStamp;
import vn.ntm.portal.qa.internal.QaMailer;
import vn.ntm.portal.qa.internal.QaService;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.uploads.PrivateFile;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.SiteSettings;
import vn.ntm.portal.web.UserInputException;

/**
 * "Đặt câu hỏi": anyone files a question. Spam is kept out without a third-party captcha: a honeypot
 * field, a signed time the form was served (too fast → refused), and at most
 * {@code ntm.qa.max-questions-per-ip-per-hour} questions per address. Every refusal shows the form again
 * with a Vietnamese message and a 4xx status, and stores nothing.
 */
@Controller
class AskController {

    static final String PATH = "/hoi-dap/dat-cau-hoi";
    static final String CONSENT_TEXT = "Tôi đồng ý để cơ quan thu thập và xử lý dữ liệu cá nhân (họ tên, thông tin liên hệ, địa chỉ) "
            + "mà tôi cung cấp, chỉ nhằm mục đích tiếp nhận, trả lời câu hỏi và liên hệ với tôi, theo Nghị định "
            + "13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Thông tin liên hệ của tôi không được công khai.";

    private final QaStore store;
    private final QaService service;
    private final QaMailer mailer;
    private final FormStamp stamps;
    private final UploadsApi uploads;
    private final SiteSettings settings;
    private final RateLimiter perIp;

    AskController(QaStore store, QaService service, QaMailer mailer, FormStamp stamps, UploadsApi uploads,
                  SiteSettings settings, @Value("${ntm.qa.max-questions-per-ip-per-hour:5}") int maxPerIp) {
        this.store = store;
        this.service = service;
        this.mailer = mailer;
        this.stamps = stamps;
        this.uploads = uploads;
        this.settings = settings;
        this.perIp = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
    }

    @GetMapping(PATH)
    String form(CsrfToken csrf, Model model) {
        return page(model, AskForm.empty(), null, csrf);
    }

    @PostMapping(PATH)
    String submit(@RequestParam(name = "attachment", required = false) MultipartFile attachment, HttpServletRequest request,
                  HttpServletResponse response, CsrfToken csrf, Model model) {
        AskForm form = AskForm.from(request);
        if (!perIp.tryAcquire(request.getRemoteAddr())) {
            return refuse(429, "Có quá nhiều câu hỏi được gửi từ địa chỉ mạng của bạn. Vui lòng thử lại sau một giờ.",
                    form, response, model, csrf);
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isBlank()) {
            return refuse(400, "Không gửi được câu hỏi: biểu mẫu có dấu hiệu được điền tự động.", form, response, model, csrf);
        }
        switch (stamps.check(request.getParameter("stamp"))) {
            case INVALID -> {
                return refuse(400, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung rồi bấm gửi lại.",
                        form, response, model, csrf);
            }
            case TOO_FAST -> {
                return refuse(400, "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lại.",
                        form, response, model, csrf);
            }
            case OK -> { }
        }
        List<String> errors = new ArrayList<>();
        NewQuestion checked = validate(form, errors);
        if (!errors.isEmpty()) {
            return refuse(400, String.join(" ", errors), form, response, model, csrf);
        }
        // the attachment is checked by content and kept in the uploads module's private area (personal data:
        // never under /uploads/) before the question is stored; a refusal stores nothing
        if (attachment != null && !attachment.isEmpty()) {
            try {
                PrivateFile stored = storeAttachment(attachment);
                checked = new NewQuestion(checked.topicId(), checked.askerName(), checked.email(), checked.phone(),
                        checked.address(), checked.title(), checked.content(), stored.id(), stored.originalName());
            } catch (UserInputException e) {
                return refuse(e.status(), "Tệp đính kèm không được chấp nhận: " + e.getMessage(), form, response, model, csrf);
            }
        }
        Question q = service.submit(checked, request.getRemoteAddr());
        mailer.received(q, settings.identity().name());
        return "redirect:" + TrackController.PATH + "?ma=" + q.trackingCode() + "&da-gui=1";
    }

    private PrivateFile storeAttachment(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "tep-dinh-kem" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return uploads.storePrivate(name, in, "hoi-dap");
        } catch (IOException e) {
            throw new UserInputException(400, "Không đọc được tệp đính kèm.");
        }
    }

    private NewQuestion validate(AskForm f, List<String> errors) {
        Contact contact = Contact.check(f.name(), f.email(), f.phone(), errors);
        if (f.address().length() > 300) {
            errors.add("Địa chỉ dài tối đa 300 ký tự.");
        }
        Optional<Topic> topic = Optional.empty();
        if (f.topicId().matches("\\d{1,18}")) {
            topic = store.topic(Long.parseLong(f.topicId()));
        }
        if (topic.isEmpty()) {
            errors.add("Vui lòng chọn lĩnh vực của câu hỏi.");
        }
        if (f.title().length() < 5 || f.title().length() > 200) {
            errors.add("Tiêu đề câu hỏi phải có từ 5 đến 200 ký tự.");
        }
        if (f.content().length() < 10 || f.content().length() > 5000) {
            errors.add("Nội dung câu hỏi phải có từ 10 đến 5.000 ký tự.");
        }
        if (!f.consent()) {
            errors.add("Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP) để gửi câu hỏi.");
        }
        return new NewQuestion(topic.map(Topic::id).orElse(0L), contact.name(), contact.email(), contact.phone(),
                f.address().isEmpty() ? null : f.address(), f.title(), f.content(), null, null);
    }

    private String refuse(int status, String message, AskForm form, HttpServletResponse response, Model model, CsrfToken csrf) {
        response.setStatus(status);
        return page(model, form, message, csrf);
    }

    private String page(Model model, AskForm form, String error, CsrfToken csrf) {
        model.addAttribute("meta", PageMeta.of("Đặt câu hỏi", "Gửi câu hỏi đến cơ quan và theo dõi câu trả lời bằng mã tra cứu.",
                PATH, List.of(new Crumb("Hỏi đáp", FaqController.PATH), Crumb.here("Đặt câu hỏi"))));
        model.addAttribute("page", new AskPage(form, store.topics(), stamps.issue(), CONSENT_TEXT, QaService.CONSENT_VERSION,
                error, csrf.getParameterName(), csrf.getToken()));
        return "qa/ask";
    }

}
