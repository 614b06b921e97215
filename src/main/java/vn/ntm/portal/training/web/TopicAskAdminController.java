package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.AskSource;
import vn.ntm.portal.training.domain.AskStatus;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.internal.AskService;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The organisers' questions per topic at {@code /quan-tri/tap-huan/{id}/hoi-dap} (role TAP_HUAN and administrators):
 * the list with filters (topic, status, source, answered or not, accent-insensitive text) and the counts per topic,
 * bulk approval, and one page per question for moderation, moving to another topic, assignment to a speaker of the
 * topic, the written answer and publishing. The rules are the service's ({@link AskService}); every change is
 * audited there. A refused change answers 4xx and shows the question again with the reason.
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class TopicAskAdminController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/hoi-dap";
    private static final int PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("chuyen-de", "trang-thai", "nguon", "tra-loi", "q");
    private static final Map<String, String> NOTICES = Map.of("duyet", "Đã duyệt câu hỏi.", "tu-choi", "Đã không duyệt câu hỏi.",
            "chuyen-de", "Đã chuyển chuyên đề.", "phan-cong", "Đã lưu phân công báo cáo viên.", "tra-loi", "Đã lưu câu trả lời.",
            "cong-bo", "Đã công bố câu hỏi và câu trả lời trên trang chuyên đề.", "go-cong-bo", "Đã gỡ câu hỏi khỏi trang chuyên đề.");

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final TrainingStore store;
    private final AskService asks;

    TopicAskAdminController(AdminShell shell, AccountsApi accounts, TrainingStore store, AskService asks) {
        this.shell = shell;
        this.accounts = accounts;
        this.store = store;
        this.asks = asks;
    }

    @GetMapping(PATH)
    String list(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        Programme p = programme(id);
        AskService.Filter filter = filter(params);
        String trang = params.getOrDefault("trang", "1");
        if (!trang.matches("\\d{1,6}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(trang);
        long total = asks.count(p.id(), filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, String> kept = new LinkedHashMap<>();
        for (String k : FILTERS) {
            if (!params.getOrDefault(k, "").isBlank()) {
                kept.put(k, params.get(k).strip());
            }
        }
        String tb = params.get("tb");
        String notice = tb != null && tb.matches("duyet-\\d{1,5}") ? "Đã duyệt " + tb.substring(6) + " câu hỏi." : null;
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new TopicAsksAdminPage(p, store.topics(p.id()), speakers(p), asks.page(p.id(), filter,
                (long) (page - 1) * PAGE_SIZE, PAGE_SIZE), total, page, pages, kept, RegistrationsAdminController.query(kept),
                asks.counts(p.id()), notice, null));
        return "admin/training/asks";
    }

    @PostMapping(PATH + "/duyet-nhieu")
    String approveAll(@PathVariable long id, @RequestParam(name = "chon", required = false) List<String> chosen,
                      @RequestParam(name = "quay-lai", required = false) String back) {
        Programme p = programme(id);
        if (chosen == null || chosen.isEmpty()) {
            throw new UserInputException(400, "Chưa chọn câu hỏi nào để duyệt.");
        }
        List<Long> ids = new ArrayList<>();
        for (String c : chosen) {
            if (!c.matches("\\d{1,18}") || ids.size() >= 500) {
                throw new UserInputException(400, "Danh sách câu hỏi không hợp lệ.");
            }
            ids.add(Long.parseLong(c));
        }
        int n = asks.approveAll(p.id(), ids);
        String query = back != null && back.matches("[A-Za-z0-9=&%._~+-]{0,500}") ? back : "";
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/hoi-dap?" + (query.isEmpty() ? "" : query + "&") + "tb=duyet-" + n;
    }

    @GetMapping(PATH + "/{askId}")
    String show(@PathVariable long id, @PathVariable long askId, @RequestParam(required = false) String tb, HttpServletRequest request,
                Model model) {
        Programme p = programme(id);
        Ask a = ask(p, askId);
        return page(p, a, a.answerHtml(), tb == null ? null : NOTICES.get(tb), null, request, model);
    }

    @PostMapping(PATH + "/{askId}/duyet")
    String approve(@PathVariable long id, @PathVariable long askId, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "duyet", null, request, response, model, p -> asks.approve(p.id(), askId));
    }

    @PostMapping(PATH + "/{askId}/tu-choi")
    String reject(@PathVariable long id, @PathVariable long askId, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "tu-choi", null, request, response, model, p -> asks.reject(p.id(), askId));
    }

    @PostMapping(PATH + "/{askId}/chuyen-de")
    String move(@PathVariable long id, @PathVariable long askId, @RequestParam(name = "chuyen_de", defaultValue = "") String topic,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "chuyen-de", null, request, response, model, p -> asks.move(p.id(), askId, optionalId(topic, "Chuyên đề")));
    }

    @PostMapping(PATH + "/{askId}/phan-cong")
    String assign(@PathVariable long id, @PathVariable long askId, @RequestParam(name = "bao_cao_vien", defaultValue = "") String speaker,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "phan-cong", null, request, response, model,
                p -> asks.assign(p.id(), askId, optionalId(speaker, "Báo cáo viên")));
    }

    @PostMapping(PATH + "/{askId}/tra-loi")
    String answer(@PathVariable long id, @PathVariable long askId, @RequestParam(name = "tra_loi", required = false) String answer,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (answer == null) {
            throw new UserInputException(400, "Thiếu nội dung câu trả lời.");
        }
        String user = accounts.currentUser().map(CurrentUser::username).orElse("?");
        return act(id, askId, "tra-loi", answer, request, response, model, p -> asks.answer(p.id(), askId, answer, user));
    }

    @PostMapping(PATH + "/{askId}/cong-bo")
    String publish(@PathVariable long id, @PathVariable long askId, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "cong-bo", null, request, response, model, p -> asks.publish(p.id(), askId));
    }

    @PostMapping(PATH + "/{askId}/go-cong-bo")
    String unpublish(@PathVariable long id, @PathVariable long askId, HttpServletRequest request, HttpServletResponse response, Model model) {
        return act(id, askId, "go-cong-bo", null, request, response, model, p -> asks.unpublish(p.id(), askId));
    }

    private String act(long id, long askId, String done, String typedAnswer, HttpServletRequest request, HttpServletResponse response,
                       Model model, Function<Programme, Ask> action) {
        Programme p = programme(id);
        Ask a = ask(p, askId);
        try {
            action.apply(p);
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(p, ask(p, askId), typedAnswer != null ? typedAnswer : a.answerHtml(), null, e.getMessage(), request, model);
        }
        return "redirect:" + TrainingMenu.ADMIN + "/" + id + "/hoi-dap/" + askId + "?tb=" + done;
    }

    private String page(Programme p, Ask a, String answer, String notice, String error, HttpServletRequest request, Model model) {
        Map<Long, Speaker> speakers = speakers(p);
        List<Speaker> topicSpeakers = a.topicId() == null ? List.of()
                : store.topicSpeakers(p.id()).getOrDefault(a.topicId(), List.of()).stream().map(speakers::get).filter(s -> s != null).toList();
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("page", new TopicAskAdminPage(p, a, store.topics(p.id()), topicSpeakers,
                a.speakerId() == null ? null : speakers.get(a.speakerId()), answer, notice, error));
        return "admin/training/ask";
    }

    static AskService.Filter filter(Map<String, String> params) {
        String topic = params.getOrDefault("chuyen-de", "").strip();
        String status = params.getOrDefault("trang-thai", "").strip();
        String source = params.getOrDefault("nguon", "").strip();
        String answered = params.getOrDefault("tra-loi", "").strip();
        String q = params.getOrDefault("q", "").strip();
        AskStatus s = Labelled.parse(AskStatus.class, status);
        AskSource src = Labelled.parse(AskSource.class, source);
        boolean noTopic = "khong".equals(topic);
        if ((!topic.isEmpty() && !noTopic && !topic.matches("\\d{1,18}")) || (!status.isEmpty() && s == null)
                || (!source.isEmpty() && src == null) || (!answered.isEmpty() && !answered.matches("co|chua")) || q.length() > 200) {
            throw new UserInputException(400, "Bộ lọc không hợp lệ.");
        }
        return new AskService.Filter(topic.isEmpty() || noTopic ? null : Long.parseLong(topic), noTopic, s, src,
                answered.isEmpty() ? null : answered.equals("co"), q.isEmpty() ? null : q);
    }

    private static Long optionalId(String value, String what) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,18}")) {
            throw new UserInputException(400, what + " không hợp lệ.");
        }
        return Long.parseLong(v);
    }

    private Map<Long, Speaker> speakers(Programme p) {
        return store.speakers(p.id()).stream().collect(Collectors.toMap(Speaker::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình này."));
    }

    private Ask ask(Programme p, long askId) {
        return asks.find(p.id(), askId).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
    }

}
