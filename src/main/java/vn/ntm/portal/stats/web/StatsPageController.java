package vn.ntm.portal.stats.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.stats.StatTable;
import vn.ntm.portal.stats.StatsExport;
import vn.ntm.portal.stats.StatsPage;
import vn.ntm.portal.stats.StatsRange;
import vn.ntm.portal.stats.StatsReports;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.UserInputException;

/** The public statistics page {@code /thong-ke} (people only, bots left out) and its CSV/Excel downloads. */
@Controller
class StatsPageController {

    static final String PATH = "/thong-ke";

    private final StatsReports reports;

    StatsPageController(StatsReports reports) {
        this.reports = reports;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String tu, @RequestParam(required = false) String den,
                @RequestParam(required = false) String khoang, HttpServletResponse response, Model model) {
        model.addAttribute("meta", PageMeta.of("Thống kê truy cập",
                "Số lượt truy cập cổng thông tin theo ngày, tháng, năm, giờ, trình duyệt, thiết bị và nguồn truy cập.",
                PATH, List.of(Crumb.here("Thống kê truy cập"))));
        StatsPage page;
        try {
            StatsRange range = StatsRange.parse(tu, den, khoang, reports.today(), reports.firstDay());
            page = StatsPage.of(PATH, PATH + "/tai-ve", reports.report(range, false));
        } catch (UserInputException e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(400);
            page = StatsPage.invalid(PATH, PATH + "/tai-ve", tu, den, e.getMessage());
        }
        model.addAttribute("page", page);
        return "stats/page";
    }

    @GetMapping(PATH + "/tai-ve")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String bang, @RequestParam(required = false) String tu,
                                    @RequestParam(required = false) String den, @RequestParam(required = false) String khoang,
                                    @RequestParam(name = "dinh-dang", required = false) String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new UserInputException(400, "Định dạng tải về phải là csv hoặc xlsx.");
        }
        StatsRange range = StatsRange.parse(tu, den, khoang, reports.today(), reports.firstDay());
        StatTable table = reports.report(range, false).table(bang == null ? "" : bang)
                .orElseThrow(() -> new UserInputException(400, "Không có bảng thống kê này."));
        return StatsExport.response(table, range, format);
    }
}
