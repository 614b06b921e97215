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
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyKey;
import vn.ntm.portal.training.internal.SurveyService;
import vn.ntm.portal.training.internal.SurveyStore;
import vn.ntm.portal.training.internal.TrainingFormStamp;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * The public survey form {@code /tap-huan/{slug}/khao-sat/{id}}. An identified survey asks for the personal code and
 * takes one response per registration; an anonymous one takes the code only, if given, to stop a second answer (a
 * hash is kept, not the registration) and asks the participant category. Spam and guessing are kept out as on the
 * registration form (honeypot, signed form time, per-address limit, CSRF); every refusal stores nothing and answers 4xx.
 */
@Controller
class SurveyController {

    private static final String PATH = "/tap-huan/{slug}/khao-sat/{surveyId}";

    private final TrainingStore store;
    private final SurveyStore surveys;
    private final SurveyService service;
    private final SurveyKey key;
    private final TrainingFormStamp stamps;
    private final RateLimiter submissions;

    SurveyController(TrainingStore store, SurveyStore surveys, SurveyService service, SurveyKey key, TrainingFormStamp stamps,
                     @Value("${ntm.training.max-survey-responses-per-ip-per-hour:30}") int maxPerIp) {
        this.store = store;
        this.surveys = surveys;
        this.service = service;
        this.key = key;
        this.stamps = stamps;
        this.submissions = new RateLimiter(maxPerIp, Duration.ofHours(1), Clock.systemUTC());
    }

    @GetMapping(PATH)
    String form(@PathVariable String slug, @PathVariable String surveyId, @RequestParam Map<String, String> params, CsrfToken csrf, Model model) {
        Programme p = PublicController.find(store, slug);
        Survey s = survey(p, surveyId);
        Map<String, String[]> typed = params.containsKey("ma") ? Map.of("ma", new String[] {params.get("ma")}) : Map.of();
        return page(p, s, typed, null, params.containsKey("da-gui"), csrf, model);
    }

    @PostMapping(PATH)
    String submit(@PathVariable String slug, @PathVariable String surveyId, HttpServletRequest request, HttpServletResponse response,
                  CsrfToken csrf, Model model) {
        Programme p = PublicController.find(store, slug);
        Survey s = survey(p, surveyId);
        Map<String, String[]> typed = request.getParameterMap();
        String closed = s.closedReason(Instant.now());
        if (closed != null) {
            response.setStatus(409);
            return page(p, s, typed, closed + " Câu trả lời của bạn chưa được lưu.", false, csrf, model);
        }
        if (!submissions.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            return page(p, s, typed, "Có quá nhiều phiếu được gửi từ địa chỉ mạng của bạn. Vui lòng thử lại sau một giờ.", false, csrf, model);
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isBlank()) {
            response.setStatus(400);
            return page(p, s, typed, "Không gửi được phiếu: biểu mẫu có dấu hiệu được điền tự động.", false, csrf, model);
        }
        switch (stamps.check(request.getParameter("stamp"))) {
            case INVALID -> {
                response.setStatus(400);
                return page(p, s, typed, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung rồi bấm gửi lại.", false, csrf, model);
            }
            case TOO_FAST -> {
                response.setStatus(400);
                return page(p, s, typed, "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lại.", false, csrf, model);
            }
            case OK -> { }
        }
        List<String> errors = new ArrayList<>();
        String code = request.getParameter("ma") == null ? "" : request.getParameter("ma").strip();
        Registration r = null;
        if (code.isEmpty()) {
            if (!s.anonymous()) {
                errors.add("Vui lòng nhập mã đăng ký cá nhân (8 ký tự, dạng XXXX-XXXX).");
            }
        } else {
            r = PersonalCodes.parse(code).flatMap(c -> store.registrationByCode(p.id(), c)).orElse(null);
            if (r == null) {
                errors.add("Không tìm thấy đăng ký nào có mã này trong chương trình. Vui lòng kiểm tra lại mã (8 ký tự, dạng XXXX-XXXX).");
            } else if (!r.active()) {
                errors.add("Đăng ký có mã này đã hủy hoặc bị từ chối nên không trả lời được phiếu khảo sát.");
            }
        }
        Category category = null;
        if (s.anonymous()) {
            String c = request.getParameter("doi_tuong");
            category = Labelled.parse(Category.class, c);
            if (c != null && !c.isBlank() && category == null) {
                errors.add("Đối tượng đã chọn không hợp lệ.");
            }
        }
        List<SurveyItem> items = surveys.items(s.id());
        List<SurveyService.Given> answers = SurveyService.check(items, typed, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return page(p, s, typed, String.join(" ", errors), false, csrf, model);
        }
        try {
            service.submit(s, items, r, category, answers, r == null ? null : key.hash(s.id(), r.id()));
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(p, s, typed, e.getMessage(), false, csrf, model);
        }
        return "redirect:" + p.path() + "/khao-sat/" + s.id() + "?da-gui=1";
    }

    private Survey survey(Programme p, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("Không tìm thấy phiếu khảo sát này.");
        }
        return surveys.survey(p.id(), Long.parseLong(id)).filter(s -> s.status() != Survey.Status.DRAFT)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu khảo sát này."));
    }

    private String page(Programme p, Survey s, Map<String, String[]> typed, String error, boolean done, CsrfToken csrf, Model model) {
        SurveyScopes scopes = new SurveyScopes(ProgrammeBundle.load(store, p));
        model.addAttribute("meta", PageMeta.of(s.title(), "Phiếu khảo sát ý kiến: " + p.name() + ".", p.path() + "/khao-sat/" + s.id(),
                List.of(new Crumb("Tập huấn", PublicController.LIST), new Crumb(p.name(), p.path()), Crumb.here("Khảo sát ý kiến"))).hiddenFromSearch());
        model.addAttribute("page", new SurveyFormPage(p, s, scopes.text(s), surveys.items(s.id()), typed, error, s.closedReason(Instant.now()), done,
                stamps.issue(), csrf.getParameterName(), csrf.getToken()));
        return "training/survey";
    }
}
