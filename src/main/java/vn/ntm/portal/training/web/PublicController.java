package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.training.domain.Ical;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.AskService;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;

/**
 * The public pages of training series: the list, a programme's overview with the series timetable, topic and
 * speaker pages, and the iCal export of the sessions. Draft programmes are not public. Zoom links never appear
 * here: registrants find them on their own page.
 */
@Controller
class PublicController {

    static final String LIST = "/tap-huan";

    private final TrainingStore store;
    private final String baseUrl;
    private final TopicAskSections askSections;
    private final AskService asks;

    PublicController(TrainingStore store, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl, TopicAskSections askSections,
                     AskService asks) {
        this.store = store;
        this.askSections = askSections;
        this.asks = asks;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("meta", PageMeta.of("Tập huấn", "Các chuỗi tập huấn trực tuyến: chương trình, lịch học, báo cáo viên và đăng ký tham gia.",
                LIST, List.of(Crumb.here("Tập huấn"))));
        model.addAttribute("programmes", store.publicProgrammes());
        return "training/list";
    }

    @GetMapping(LIST + "/{slug}")
    String programme(@PathVariable String slug, Model model) {
        ProgrammeBundle b = ProgrammeBundle.load(store, find(store, slug));
        Programme p = b.programme();
        model.addAttribute("meta", PageMeta.of(p.name(), p.summary().isBlank() ? p.name() : p.summary(), p.path(),
                List.of(new Crumb("Tập huấn", LIST), Crumb.here(p.name()))));
        model.addAttribute("b", b);
        model.addAttribute("window", p.window(Instant.now()));
        model.addAttribute("askCounts", asks.counts(p.id()));
        return "training/programme";
    }

    @GetMapping(LIST + "/{slug}/chuyen-de/{number}")
    String topic(@PathVariable String slug, @PathVariable String number, @RequestParam(name = "hoi-dap", required = false) String asked,
                 @RequestParam(name = "binh-chon", required = false) String voted, HttpServletRequest request, CsrfToken csrf, Model model) {
        ProgrammeBundle b = ProgrammeBundle.load(store, find(store, slug));
        Topic t = (number.matches("\\d{1,3}") ? b.topic(Integer.parseInt(number)) : java.util.Optional.<Topic>empty())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy chuyên đề này."));
        Programme p = b.programme();
        model.addAttribute("meta", PageMeta.of(t.heading(), t.summary().isBlank() ? t.heading() : t.summary(), t.path(p.slug()),
                List.of(new Crumb("Tập huấn", LIST), new Crumb(p.name(), p.path()), Crumb.here("Chuyên đề " + t.number()))));
        model.addAttribute("b", b);
        model.addAttribute("topic", t);
        String notice = TopicAskController.ASKED.equals(asked)
                ? "Đã nhận câu hỏi của bạn. Câu hỏi sẽ hiện ở đây khi đã được duyệt và có câu trả lời."
                : TopicAskController.THANKS.equals(voted) ? "Cảm ơn bạn đã bình chọn." : null;
        model.addAttribute("ask", askSections.section(b, t, request, csrf, "", "", "", notice, null));
        return "training/topic";
    }

    @GetMapping(LIST + "/{slug}/bao-cao-vien/{id}")
    String speaker(@PathVariable String slug, @PathVariable String id, Model model) {
        ProgrammeBundle b = ProgrammeBundle.load(store, find(store, slug));
        Speaker s = (id.matches("\\d{1,18}") ? b.speaker(Long.parseLong(id)) : java.util.Optional.<Speaker>empty())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo viên này."));
        Programme p = b.programme();
        model.addAttribute("meta", PageMeta.of(s.displayName(), s.displayName() + (s.organisation().isBlank() ? "" : ", " + s.organisation()),
                s.path(p.slug()), List.of(new Crumb("Tập huấn", LIST), new Crumb(p.name(), p.path()), Crumb.here(s.displayName()))));
        model.addAttribute("b", b);
        model.addAttribute("speaker", s);
        model.addAttribute("assignedAsks", asks.assignedPerSpeaker(p.id()).getOrDefault(s.id(), 0L));
        return "training/speaker";
    }

    /** RFC 5545: one VEVENT per session, UID stable across exports (the session's id and the site's host). */
    @GetMapping(LIST + "/{slug}/lich.ics")
    void calendar(@PathVariable String slug, HttpServletResponse response) throws IOException {
        ProgrammeBundle b = ProgrammeBundle.load(store, find(store, slug));
        Programme p = b.programme();
        String host = java.net.URI.create(baseUrl).getHost();
        List<Ical.Event> events = new ArrayList<>();
        for (Session s : b.sessions()) {
            List<Topic> topics = b.topicsOf(s);
            StringBuilder d = new StringBuilder();
            for (Topic t : topics) {
                d.append(t.heading());
                List<Speaker> sp = b.speakersOf(t);
                if (!sp.isEmpty()) {
                    d.append(" (").append(sp.stream().map(Speaker::displayName).collect(Collectors.joining(", "))).append(")");
                }
                d.append('\n');
            }
            b.publicChannelsOf(s).forEach(c -> d.append(c.publicLabel()).append(": ").append(c.joinUrl()).append('\n'));
            d.append("Đường dẫn tham gia Zoom có trên trang đăng ký cá nhân.");
            String summary = p.name() + " – " + s.heading() + (topics.isEmpty() ? "" : ": " + topics.stream()
                    .map(t -> "Chuyên đề " + t.number()).collect(Collectors.joining(", ")));
            events.add(new Ical.Event("tap-huan-buoi-" + s.id() + "@" + host, s.startsAt(), s.endsAt(), summary, d.toString(),
                    s.online() ? "Trực tuyến" : s.location(), baseUrl + p.path()));
        }
        byte[] body = Ical.calendar(p.name(), events, Instant.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"lich-" + p.slug() + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static Programme find(TrainingStore store, String slug) {
        return store.programmeBySlug(slug).filter(Programme::isPublic).orElseThrow(PublicController::notFound);
    }

    /** The public programme's registration context (kept a few seconds, see {@link TrainingStore#registrationContext}). */
    static TrainingStore.RegistrationContext findForRegistration(TrainingStore store, String slug) {
        return store.registrationContext(slug).filter(c -> c.programme().isPublic()).orElseThrow(PublicController::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy chương trình tập huấn này.");
    }
}
