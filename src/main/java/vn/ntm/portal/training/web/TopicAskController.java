package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.ntm.portal.shared.Json;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.AskService;
import vn.ntm.portal.training.internal.TrainingFormStamp;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;

/**
 * Questions per topic, the public side: the question form on a topic's page (with the personal registration code,
 * which links the question to the registration and shows the registrant's name, or anonymously with an optional
 * display name), and the upvote of a published question (one per visitor cookie). Spam is kept out as on the
 * registration form: CSRF, honeypot, signed form time, a per-address limit. Every refusal answers 4xx with a
 * Vietnamese message and stores nothing; a refused question is shown again with what was typed. The upvote is a
 * plain form post; with JavaScript ({@code training-ask.js}) it is sent in the background and answered in JSON.
 */
@Controller
class TopicAskController {

    static final String ASKED = "da-gui";
    static final String THANKS = "cam-on";

    private final TrainingStore store;
    private final AskService asks;
    private final TopicAskSections sections;
    private final TrainingFormStamp stamps;
    private final StatsApi stats;
    private final RateLimiter questions;
    private final RateLimiter votes;

    TopicAskController(TrainingStore store, AskService asks, TopicAskSections sections, TrainingFormStamp stamps, StatsApi stats,
                       @Value("${ntm.training.max-asks-per-ip-per-hour:10}") int maxAsks,
                       @Value("${ntm.training.max-ask-votes-per-ip-per-hour:120}") int maxVotes) {
        this.store = store;
        this.asks = asks;
        this.sections = sections;
        this.stamps = stamps;
        this.stats = stats;
        this.questions = new RateLimiter(maxAsks, Duration.ofHours(1), Clock.systemUTC());
        this.votes = new RateLimiter(maxVotes, Duration.ofHours(1), Clock.systemUTC());
    }

    @PostMapping(PublicController.LIST + "/{slug}/chuyen-de/{number}/hoi-dap")
    Object ask(@PathVariable String slug, @PathVariable String number, HttpServletRequest request, HttpServletResponse response,
               CsrfToken csrf, Model model) {
        ProgrammeBundle b = ProgrammeBundle.load(store, PublicController.find(store, slug));
        Topic t = topic(b, number);
        Programme p = b.programme();
        String code = clean(request.getParameter("ma"));
        String name = clean(request.getParameter("ten"));
        String body = clean(request.getParameter("noi_dung"));
        if (!TopicAskSections.open(b)) {
            return refuse(409, "Chương trình này đã lưu trữ, không nhận thêm câu hỏi.", b, t, code, name, body, request, response, csrf, model);
        }
        if (!questions.tryAcquire(request.getRemoteAddr())) {
            return refuse(429, "Có quá nhiều câu hỏi được gửi từ địa chỉ mạng của bạn. Vui lòng thử lại sau một giờ.",
                    b, t, code, name, body, request, response, csrf, model);
        }
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isBlank()) {
            return refuse(400, "Không gửi được câu hỏi: biểu mẫu có dấu hiệu được điền tự động.", b, t, code, name, body, request, response, csrf, model);
        }
        switch (stamps.check(request.getParameter("stamp"))) {
            case INVALID -> {
                return refuse(400, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung rồi bấm gửi lại.",
                        b, t, code, name, body, request, response, csrf, model);
            }
            case TOO_FAST -> {
                return refuse(400, "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lại.",
                        b, t, code, name, body, request, response, csrf, model);
            }
            case OK -> { }
        }
        if (body.length() < 5) {
            return refuse(400, "Vui lòng nhập câu hỏi (ít nhất 5 ký tự).", b, t, code, name, body, request, response, csrf, model);
        }
        if (body.length() > Ask.MAX_BODY) {
            return refuse(400, "Câu hỏi dài tối đa " + Ask.MAX_BODY + " ký tự (bạn đã nhập " + body.length() + " ký tự).",
                    b, t, code, name, body, request, response, csrf, model);
        }
        if (name.length() > Ask.MAX_NAME) {
            return refuse(400, "Tên hiển thị dài tối đa " + Ask.MAX_NAME + " ký tự.", b, t, code, name, body, request, response, csrf, model);
        }
        Registration registration = null;
        if (!code.isEmpty()) {
            Optional<Registration> found = PersonalCodes.parse(code).flatMap(c -> store.registrationByCode(p.id(), c));
            if (found.isEmpty()) {
                return refuse(400, "Không tìm thấy đăng ký nào có mã này trong chương trình. Vui lòng kiểm tra lại mã (8 ký tự, dạng XXXX-XXXX) "
                        + "hoặc để trống ô mã để hỏi không cần đăng ký.", b, t, code, name, body, request, response, csrf, model);
            }
            registration = found.get();
        }
        asks.ask(p.id(), t.id(), registration == null ? null : registration.id(), registration == null ? name : registration.fullName(), body,
                request.getRemoteAddr());
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, t.path(p.slug()) + "?hoi-dap=" + ASKED + "#hoi-dap").build();
    }

    @PostMapping(PublicController.LIST + "/{slug}/hoi-dap/{askId}/binh-chon")
    Object upvote(@PathVariable String slug, @PathVariable String askId, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        Programme p = PublicController.find(store, slug);
        boolean json = Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT)).orElse("").contains(MediaType.APPLICATION_JSON_VALUE);
        Ask ask = (askId.matches("\\d{1,18}") ? asks.find(p.id(), Long.parseLong(askId)) : Optional.<Ask>empty())
                .filter(Ask::published).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
        String back = store.topics(p.id()).stream().filter(t -> ask.topicId() != null && t.id() == ask.topicId()).findFirst()
                .map(t -> t.path(p.slug())).orElse(p.path());
        Visitor visitor = stats.visitor(request);
        if (!visitor.known()) {
            return refused(400, "Không xác định được trình duyệt của bạn. Vui lòng bật cookie, tải lại trang rồi bình chọn lại.",
                    ask.id(), ask.upvotes(), back, json, response, model);
        }
        if (visitor.bot()) {
            return refused(403, "Lượt bình chọn từ chương trình tự động không được tính.", ask.id(), ask.upvotes(), back, json, response, model);
        }
        if (!votes.tryAcquire(visitor.ip())) {
            return refused(429, "Có quá nhiều lượt bình chọn từ địa chỉ mạng của bạn. Vui lòng thử lại sau.", ask.id(), ask.upvotes(), back, json, response, model);
        }
        AskService.VoteResult result = asks.upvote(p.id(), ask.id(), "v:" + visitor.id());
        return switch (result.vote()) {
            case NOT_FOUND -> throw new NotFoundException("Không tìm thấy câu hỏi này.");
            case ALREADY_VOTED -> refused(409, "Bạn đã bình chọn cho câu hỏi này rồi. Mỗi người chỉ bình chọn một lần.",
                    ask.id(), result.upvotes(), back, json, response, model);
            case COUNTED -> json
                    ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result.upvotes(), "Cảm ơn bạn đã bình chọn."))
                    : ResponseEntity.status(303).header(HttpHeaders.LOCATION, back + "?binh-chon=" + THANKS + "#cau-hoi-" + ask.id()).build();
        };
    }

    private static Topic topic(ProgrammeBundle b, String number) {
        return (number.matches("\\d{1,3}") ? b.topic(Integer.parseInt(number)) : Optional.<Topic>empty())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy chuyên đề này."));
    }

    /** NFC, trimmed, without control characters other than line breaks and tabs (PostgreSQL refuses NUL). */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return VietnameseText.nfc(value).replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace("\r", "").strip();
    }

    private String refuse(int status, String message, ProgrammeBundle b, Topic t, String code, String name, String body,
                          HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
        response.setStatus(status);
        Programme p = b.programme();
        model.addAttribute("meta", PageMeta.of(t.heading(), t.summary().isBlank() ? t.heading() : t.summary(), t.path(p.slug()),
                List.of(new Crumb("Tập huấn", PublicController.LIST), new Crumb(p.name(), p.path()), Crumb.here("Chuyên đề " + t.number())))
                .hiddenFromSearch());
        model.addAttribute("b", b);
        model.addAttribute("topic", t);
        model.addAttribute("ask", sections.section(b, t, request, csrf, code, name, body, null, message));
        return "training/topic";
    }

    private static Object refused(int status, String message, long askId, int upvotes, String back, boolean json,
                                  HttpServletResponse response, Model model) {
        if (json) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json(upvotes, message));
        }
        response.setStatus(status);
        model.addAttribute("meta", PageMeta.of("Chưa ghi nhận bình chọn", message, back,
                List.of(new Crumb("Tập huấn", PublicController.LIST), Crumb.here("Chưa ghi nhận bình chọn"))).hiddenFromSearch());
        model.addAttribute("message", message);
        model.addAttribute("back", back + "#cau-hoi-" + askId);
        return "feedback/refused";
    }

    private static String json(int upvotes, String message) {
        return "{\"upvotes\":" + upvotes + ",\"message\":" + Json.quote(message) + "}";
    }
}
