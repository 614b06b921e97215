package vn.ntm.portal.qa.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.feedback.HelpfulNotice;
import vn.ntm.portal.feedback.HelpfulView;
import vn.ntm.portal.feedback.Helpfulness;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.Topic;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.UserInputException;

/** The published questions and answers: by topic, searchable without accents, one page each, with "helpful?" votes. */
@Controller
class FaqController {

    static final String PATH = "/hoi-dap";
    private static final Pattern SLUG_ID = Pattern.compile("^(?:([a-z0-9-]{0,300})-)?(\\d{1,18})$");
    private static final int PAGE_SIZE = 10;

    private final QaStore store;
    private final Helpfulness helpfulness;

    FaqController(QaStore store, Helpfulness helpfulness) {
        this.store = store;
        this.helpfulness = helpfulness;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "linh-vuc", required = false) String topicSlug,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "trang", defaultValue = "1") String trang, Model model) {
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(trang);
        Topic topic = null;
        if (topicSlug != null && !topicSlug.isBlank()) {
            topic = store.topicBySlug(topicSlug).orElseThrow(() -> new NotFoundException("Không có lĩnh vực hỏi đáp này."));
        }
        String q = query == null ? "" : VietnameseText.nfc(query.strip());
        if (q.length() > 200) {
            throw new UserInputException(400, "Từ khóa tìm kiếm dài tối đa 200 ký tự.");
        }
        String words = VietnameseText.fold(q).toLowerCase(Locale.ROOT);
        Paging<Question> paging = store.faq(topic == null ? null : topic.id(), words, page, PAGE_SIZE);
        if (page > paging.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
        StringBuilder link = new StringBuilder(PATH);
        String sep = "?";
        if (topic != null) {
            link.append(sep).append("linh-vuc=").append(topic.slug());
            sep = "&";
        }
        if (!q.isEmpty()) {
            link.append(sep).append("q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        String title = topic == null ? "Hỏi đáp" : "Hỏi đáp: " + topic.name();
        List<Crumb> crumbs = topic == null ? List.of(Crumb.here("Hỏi đáp"))
                : List.of(new Crumb("Hỏi đáp", PATH), Crumb.here(topic.name()));
        PageMeta meta = PageMeta.of(title, "Câu hỏi của người dân và câu trả lời của cơ quan về xây dựng nông thôn mới.",
                page == 1 ? link.toString() : link + (link.indexOf("?") >= 0 ? "&" : "?") + "trang=" + page, crumbs);
        model.addAttribute("meta", q.isEmpty() ? meta : meta.hiddenFromSearch());
        model.addAttribute("faq", new FaqPage(store.topics(), store.publishedPerTopic(), topic, q, paging, link.toString()));
        return "qa/faq";
    }

    @GetMapping(PATH + "/{slugId}")
    Object show(@PathVariable String slugId, @RequestParam(name = HelpfulNotice.PARAM, required = false) String helpful,
                CsrfToken csrf, Model model) {
        Question q = find(slugId);
        if (!slugId.equals(q.slug() + "-" + q.id())) {
            return ResponseEntity.status(301).header(HttpHeaders.LOCATION, q.path()).build();
        }
        model.addAttribute("meta", PageMeta.of(q.title(), q.title(), q.path(),
                List.of(new Crumb("Hỏi đáp", PATH), new Crumb(q.topicName(), PATH + "?linh-vuc=" + store.topic(q.topicId())
                        .map(Topic::slug).orElse("")), Crumb.here(q.title()))));
        model.addAttribute("page", new ShowPage(q, HelpfulView.of(QaHelpfulTarget.TYPE, q.id(), csrf.getParameterName(),
                csrf.getToken(), helpful, helpfulness.counts(QaHelpfulTarget.TYPE, q.id()))));
        return "qa/show";
    }

    private Question find(String slugId) {
        Matcher m = SLUG_ID.matcher(slugId);
        if (!m.matches()) {
            throw new NotFoundException("Không tìm thấy câu hỏi này.");
        }
        return store.published(Long.parseLong(m.group(2))).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
    }
}
