package vn.ntm.portal.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.search.SearchSource;
import vn.ntm.portal.search.internal.IndexFeeder;
import vn.ntm.portal.search.internal.SearchRequest;
import vn.ntm.portal.search.internal.SearchService;
import vn.ntm.portal.shared.Json;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.RateLimiter;
import vn.ntm.portal.web.UserInputException;

/**
 * The site search: {@code /tim-kiem?q=&loai=&chuyen-muc=&tu=&den=&sap-xep=&trang=} (a plain GET form, in the site
 * layout, never indexed by crawlers) and the suggestions {@code /tim-kiem/goi-y?q=} (JSON). Input is never
 * refused for its characters: syntax of query languages is plain text, a long text is cut with a notice; only
 * filters that cannot be read (a bad date, an unknown type, a page number) get a 400 with the reason.
 */
@Controller
class SearchController {

    static final String PATH = "/tim-kiem";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final SearchService search;
    private final IndexFeeder feeder;
    private static final long CATEGORIES_TTL_NANOS = 30_000_000_000L;
    private volatile CachedCategories cachedCategories;
    private final RateLimiter suggestionsPerIp = new RateLimiter(600, Duration.ofMinutes(1), java.time.Clock.systemUTC());

    SearchController(SearchService search, IndexFeeder feeder) {
        this.search = search;
        this.feeder = feeder;
    }

    @GetMapping(PATH)
    String results(@RequestParam(name = "q", required = false) String q,
                   @RequestParam(name = "loai", required = false) String kind,
                   @RequestParam(name = "chuyen-muc", required = false) String category,
                   @RequestParam(name = "tu", required = false) String from,
                   @RequestParam(name = "den", required = false) String to,
                   @RequestParam(name = "sap-xep", required = false) String sort,
                   @RequestParam(name = "trang", required = false) String trang, Model model) {
        Map<String, SearchSource> sources = feeder.sources();
        String kindCode = blankToNull(kind);
        if (kindCode != null && !sources.containsKey(kindCode)) {
            throw new UserInputException(400, "Loại nội dung cần tìm không hợp lệ.");
        }
        String categoryText = blankToNull(category);
        Long categoryId = null;
        if (categoryText != null) {
            if (!categoryText.matches("\\d{1,18}")) {
                throw new UserInputException(400, "Chuyên mục không hợp lệ.");
            }
            categoryId = Long.parseLong(categoryText);
        }
        LocalDate fromDay = date(from, "Từ ngày");
        LocalDate toDay = date(to, "Đến ngày");
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new UserInputException(400, "\"Từ ngày\" phải trước hoặc trùng \"Đến ngày\".");
        }
        int page = 1;
        String pageText = blankToNull(trang);
        if (pageText != null) {
            if (!pageText.matches("\\d{1,9}") || Integer.parseInt(pageText) < 1) {
                throw new UserInputException(400, "Số trang không hợp lệ.");
            }
            page = Integer.parseInt(pageText);
            if (page > SearchService.MAX_PAGES) {
                throw new UserInputException(400, "Chỉ xem được " + SearchService.MAX_PAGES
                        + " trang kết quả đầu tiên. Hãy thêm từ khóa hoặc chọn bộ lọc để thu hẹp kết quả.");
            }
        }
        boolean newest = "moi-nhat".equals(sort);
        var text = SearchRequest.parse(q);
        List<String> notices = new ArrayList<>();
        if (text.cut()) {
            notices.add("Từ khóa quá dài: chỉ " + SearchRequest.MAX_LENGTH + " ký tự đầu được dùng để tìm.");
        }
        if (text.tooManyWords()) {
            notices.add("Chỉ " + SearchRequest.MAX_CLAUSES + " từ hoặc cụm từ đầu tiên được dùng để tìm.");
        }
        boolean building = feeder.state() != IndexFeeder.State.READY;
        SearchService.Results results = null;
        if (!text.empty()) {
            results = search.search(new SearchRequest(text, kindCode, categoryId,
                    fromDay == null ? null : fromDay.atStartOfDay(VN).toInstant(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(VN).toInstant(), page, newest));
        } else if (q != null && !q.isBlank()) {
            notices.add("Từ khóa không có chữ hoặc số nào để tìm. Hãy nhập từ cần tìm, ví dụ: nông thôn mới.");
        }
        List<SearchPage.KindOption> kinds = sources.values().stream()
                .map(s -> new SearchPage.KindOption(s.kind(), s.label())).toList();
        List<SearchSource.Category> categories = categories(sources);
        SearchPage view = new SearchPage(text.text(), kindCode, categoryText, blankToNull(from), blankToNull(to), newest,
                notices, building, kinds, categories, results, PATH);
        model.addAttribute("meta", PageMeta.of(text.empty() ? "Tìm kiếm" : "Tìm kiếm: " + text.text(),
                "Tìm bài viết, văn bản, dự thảo, hỏi đáp và trang thông tin trên cổng thông tin.", null,
                List.of(Crumb.here("Tìm kiếm"))).hiddenFromSearch());
        model.addAttribute("search", view);
        return "search/results";
    }

    @GetMapping(value = PATH + "/goi-y", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> suggestions(@RequestParam(name = "q", required = false) String q, HttpServletRequest request) {
        if (!suggestionsPerIp.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(429).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":" + Json.quote("Quá nhiều yêu cầu gợi ý. Vui lòng thử lại sau ít phút.") + ",\"items\":[]}");
        }
        StringBuilder json = new StringBuilder("{\"items\":[");
        List<SearchService.Suggestion> items = search.suggest(q);
        for (int i = 0; i < items.size(); i++) {
            SearchService.Suggestion s = items.get(i);
            json.append(i == 0 ? "" : ",").append("{\"title\":").append(Json.quote(s.title()))
                    .append(",\"url\":").append(Json.quote(s.url())).append('}');
        }
        json.append("]}");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(json.toString());
    }

    /** The category filter's options, read again at most every 30 s (a renamed category shows on every node by then). */
    private List<SearchSource.Category> categories(Map<String, SearchSource> sources) {
        CachedCategories c = cachedCategories;
        long now = System.nanoTime();
        if (c == null || now - c.readAt() > CATEGORIES_TTL_NANOS) {
            c = new CachedCategories(sources.values().stream().flatMap(s -> s.categories().stream()).toList(), now);
            cachedCategories = c;
        }
        return c.categories();
    }

    private record CachedCategories(List<SearchSource.Category> categories, long readAt) {
    }

    private static LocalDate date(String value, String label) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = v.contains("-") ? LocalDate.parse(v, ISO_DATE) : LocalDate.parse(v, VI_DATE);
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                throw new UserInputException(400, "\"" + label + "\" phải là một ngày từ năm 1900 đến năm 2100.");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UserInputException(400, "\"" + label + "\" không phải là ngày hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2025.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
