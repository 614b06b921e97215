package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.shared.QrCode;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Programme.RegistrationWindow;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationInput;
import vn.ntm.portal.training.internal.CertService;
import vn.ntm.portal.training.internal.RegistrationService;
import vn.ntm.portal.training.internal.TrainingFormStamp;
import vn.ntm.portal.training.internal.TrainingMailer;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * Registration: the public form, and the personal page where a registrant views, changes or withdraws with
 * their code (and takes an offered seat). Spam is kept out as on the Q&A form: honeypot, signed form time,
 * per-address limit; code lookups are limited per address too. Every refusal stores nothing and answers 4xx.
 */
@Controller
class RegistrationController {

    private static final String BASE = "/tap-huan/{slug}/dang-ky";

    private final TrainingStore store;
    private final RegistrationService service;
    private final TrainingMailer mailer;
    private final TrainingFormStamp stamps;
    private final RateLimiter submissions;
    private final RateLimiter lookups;
    private final vn.ntm.portal.training.internal.SurveyStore surveys;
    private final vn.ntm.portal.training.internal.SurveyKey surveyKey;
    private final CertService certificates;

    RegistrationController(TrainingStore store, RegistrationService service, TrainingMailer mailer, TrainingFormStamp stamps,
                           CertService certificates,
                           @Value("${ntm.training.max-registrations-per-ip-per-hour:20}") int maxPerIp,
                           @Value("${ntm.training.max-lookups-per-ip-per-hour:60}") int maxLookups,
                           vn.ntm.portal.training.internal.SurveyStore surveys, vn.ntm.portal.training.internal.SurveyKey surveyKey) {
        this.surveys = surveys;
        this.surveyKey = surveyKey;
        this.store = store;
        this.service = service;
        this.mailer = mailer;
        this.stamps = stamps;
        this.certificates = certificates;
        this.submissions = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
        this.lookups = new RateLimiter(maxLookups, Duration.ofHours(1), Clock.systemUTC());
    }

    @GetMapping(BASE)
    String form(@PathVariable String slug, CsrfToken csrf, HttpServletResponse response, Model model) {
        Programme p = PublicController.find(store, slug);
        return formPage(p, RegistrationForm.empty(), null, csrf, model);
    }

    @PostMapping(BASE)
    String submit(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        TrainingStore.RegistrationContext context = PublicController.findForRegistration(store, slug);
        Programme p = context.programme();
        List<CustomQuestion> questions = context.questions();
        RegistrationForm form = RegistrationForm.from(request, questions);
        RegistrationWindow window = p.window(Instant.now());
        if (window != RegistrationWindow.OPEN) {
            throw new UserInputException(window == RegistrationWindow.NOT_YET ? 409 : 409, closedMessage(p, window));
        }
        if (!submissions.tryAcquire(request.getRemoteAddr())) {
            return refuse(429, "Có quá nhiều lượt đăng ký được gửi từ địa chỉ mạng của bạn. Vui lòng thử lại sau một giờ.",
                    p, form, response, csrf, model);
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isBlank()) {
            return refuse(400, "Không gửi được đăng ký: biểu mẫu có dấu hiệu được điền tự động.", p, form, response, csrf, model);
        }
        switch (stamps.check(request.getParameter("stamp"))) {
            case INVALID -> {
                return refuse(400, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung rồi bấm gửi lại.", p, form, response, csrf, model);
            }
            case TOO_FAST -> {
                return refuse(400, "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lại.", p, form, response, csrf, model);
            }
            case OK -> { }
        }
        List<String> errors = new ArrayList<>();
        RegistrationInput input = form.check(store.provinces(p.provinceVersion()), context.topics(), questions, errors);
        if (!errors.isEmpty()) {
            return refuse(400, String.join(" ", errors), p, form, response, csrf, model);
        }
        RegistrationService.Outcome outcome;
        try {
            outcome = service.submit(context, input, request.getRemoteAddr());
        } catch (UserInputException e) {
            return refuse(e.status(), e.getMessage(), p, form, response, csrf, model);
        }
        mailer.confirmed(p, outcome.registration(), outcome.updated());
        outcome.offers().forEach(o -> mailer.offered(p, o));
        return "redirect:" + p.path() + "/dang-ky/" + outcome.registration().code() + (outcome.updated() ? "?da-cap-nhat=1" : "?moi=1");
    }

    @GetMapping(BASE + "/tra-cuu")
    String lookup(@PathVariable String slug, @RequestParam(name = "ma", required = false) String code, HttpServletRequest request, Model model) {
        Programme p = PublicController.find(store, slug);
        if (code != null && !code.isBlank()) {
            Registration r = byCode(p, code, request);
            return "redirect:" + p.path() + "/dang-ky/" + r.code();
        }
        model.addAttribute("meta", PageMeta.of("Xem đăng ký của tôi", "Xem, sửa hoặc hủy đăng ký bằng mã đăng ký cá nhân.", p.path() + "/dang-ky/tra-cuu",
                List.of(new Crumb("Tập huấn", PublicController.LIST), new Crumb(p.name(), p.path()), Crumb.here("Xem đăng ký của tôi"))).hiddenFromSearch());
        model.addAttribute("programme", p);
        return "training/lookup";
    }

    @GetMapping(BASE + "/{code}")
    String personal(@PathVariable String slug, @PathVariable String code, @RequestParam Map<String, String> params,
                    HttpServletRequest request, CsrfToken csrf, Model model) {
        Programme p = PublicController.find(store, slug);
        Registration r = byCode(p, code, request);
        String notice = params.containsKey("da-huy") ? "Đã hủy đăng ký." : params.containsKey("da-nhan") ? "Bạn đã nhận chỗ thành công."
                : params.containsKey("da-sua") ? "Đã lưu thay đổi." : null;
        return personalPage(p, r, params.containsKey("moi"), params.containsKey("da-cap-nhat"), notice, null, null, csrf, model);
    }

    @PostMapping(BASE + "/{code}")
    String change(@PathVariable String slug, @PathVariable String code, HttpServletRequest request, HttpServletResponse response,
                  CsrfToken csrf, Model model) {
        Programme p = PublicController.find(store, slug);
        Registration r = byCode(p, code, request);
        List<CustomQuestion> questions = store.questions(p.id());
        RegistrationForm form = RegistrationForm.from(request, questions);
        if (p.window(Instant.now()) != RegistrationWindow.OPEN) {
            response.setStatus(409);
            return personalPage(p, r, false, false, null, "Đã hết hạn đăng ký nên không sửa được thông tin; bạn vẫn có thể hủy đăng ký.",
                    form, csrf, model);
        }
        List<String> errors = new ArrayList<>();
        RegistrationInput input = form.check(store.provinces(p.provinceVersion()), store.topics(p.id()), questions, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return personalPage(p, r, false, false, null, String.join(" ", errors), form, csrf, model);
        }
        RegistrationService.Outcome outcome;
        try {
            outcome = service.change(p, r, input);
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return personalPage(p, r, false, false, null, e.getMessage(), form, csrf, model);
        }
        outcome.offers().forEach(o -> mailer.offered(p, o));
        return "redirect:" + p.path() + "/dang-ky/" + r.code() + "?da-sua=1";
    }

    @PostMapping(BASE + "/{code}/huy")
    String withdraw(@PathVariable String slug, @PathVariable String code, HttpServletRequest request) {
        Programme p = PublicController.find(store, slug);
        Registration r = byCode(p, code, request);
        if (!r.active()) {
            throw new UserInputException(409, "Đăng ký này đã kết thúc trước đó.");
        }
        service.withdraw(p.id(), r.id()).forEach(o -> mailer.offered(p, o));
        return "redirect:" + p.path() + "/dang-ky/" + r.code() + "?da-huy=1";
    }

    @PostMapping(BASE + "/{code}/nhan-cho")
    String accept(@PathVariable String slug, @PathVariable String code, HttpServletRequest request) {
        Programme p = PublicController.find(store, slug);
        Registration r = byCode(p, code, request);
        if (!service.acceptOffer(r.id())) {
            throw new UserInputException(409, "Lời mời nhận chỗ này không còn hiệu lực (đã hết hạn hoặc đã được dùng).");
        }
        return "redirect:" + p.path() + "/dang-ky/" + r.code() + "?da-nhan=1";
    }

    private Registration byCode(Programme p, String code, HttpServletRequest request) {
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            throw new UserInputException(429, "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau một giờ.");
        }
        return PersonalCodes.parse(code).flatMap(c -> store.registrationByCode(p.id(), c))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đăng ký nào có mã này trong chương trình. "
                        + "Vui lòng kiểm tra lại mã (8 ký tự, dạng XXXX-XXXX)."));
    }

    static String closedMessage(Programme p, RegistrationWindow window) {
        return switch (window) {
            case NOT_YET -> "Chương trình chưa mở đăng ký (mở từ " + p.opensText() + "). Thông tin của bạn chưa được lưu.";
            case NOT_PUBLISHED -> "Chương trình chưa được công bố.";
            default -> "Đã hết hạn đăng ký chương trình này" + (p.closesText() == null ? "" : " (hạn cuối " + p.closesText() + ")")
                    + ". Thông tin của bạn chưa được lưu.";
        };
    }

    private String refuse(int status, String message, Programme p, RegistrationForm form, HttpServletResponse response, CsrfToken csrf,
                          Model model) {
        response.setStatus(status);
        return formPage(p, form, message, csrf, model);
    }

    private String formPage(Programme p, RegistrationForm form, String error, CsrfToken csrf, Model model) {
        model.addAttribute("meta", PageMeta.of("Đăng ký: " + p.name(), "Đăng ký tham gia " + p.name() + ".", p.path() + "/dang-ky",
                List.of(new Crumb("Tập huấn", PublicController.LIST), new Crumb(p.name(), p.path()), Crumb.here("Đăng ký"))));
        RegistrationWindow window = p.window(Instant.now());
        model.addAttribute("closed", window == RegistrationWindow.OPEN ? null : closedMessage(p, window));
        model.addAttribute("page", registerPage(p, form, error, p.path() + "/dang-ky", false, csrf));
        return "training/register";
    }

    private RegisterPage registerPage(Programme p, RegistrationForm form, String error, String action, boolean change, CsrfToken csrf) {
        return new RegisterPage(p, form, store.provinces(p.provinceVersion()), store.topics(p.id()), store.questions(p.id()),
                store.capacities(p.id()), stamps.issue(), store.consentText(RegistrationService.CONSENT_VERSION),
                RegistrationService.CONSENT_VERSION, error, action, change, csrf.getParameterName(), csrf.getToken());
    }

    private String personalPage(Programme p, Registration r, boolean justRegistered, boolean updated, String notice, String error,
                                RegistrationForm typed, CsrfToken csrf, Model model) {
        ProgrammeBundle b = ProgrammeBundle.load(store, p);
        var answers = store.answers(r.id());
        String link = mailer.personalLink(p, r);
        RegistrationForm form = typed != null ? typed : RegistrationForm.of(r, answers);
        model.addAttribute("meta", PageMeta.of("Đăng ký của tôi: " + p.name(), "Trang đăng ký cá nhân.", null,
                List.of(new Crumb("Tập huấn", PublicController.LIST), new Crumb(p.name(), p.path()), Crumb.here("Đăng ký của tôi"))).hiddenFromSearch());
        model.addAttribute("page", new PersonalPage(b, r, link, QrCode.svg(link, "Mã QR của trang đăng ký cá nhân"), justRegistered, updated,
                notice, registerPage(p, form, error, p.path() + "/dang-ky/" + r.code(), true, csrf), store.questions(p.id()), answers));
        model.addAttribute("surveys", r.active() ? surveys.offers(p.id(), r.id(), surveyKey, Instant.now()) : List.of());
        model.addAttribute("certificate", certificates.current(r.id()).orElse(null));
        return "training/personal";
    }
}
