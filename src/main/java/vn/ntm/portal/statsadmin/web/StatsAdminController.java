package vn.ntm.portal.statsadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.feedback.Helpfulness;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.StatTable;
import vn.ntm.portal.stats.StatsExport;
import vn.ntm.portal.stats.StatsPage;
import vn.ntm.portal.stats.StatsRange;
import vn.ntm.portal.stats.StatsReport;
import vn.ntm.portal.stats.StatsReports;
import vn.ntm.portal.web.UserInputException;

/**
 * The back-office statistics: the public page's tables with humans and bots apart and page views, plus the
 * "hữu ích" votes of the top articles and documents and the votes cast in the range. For administrators and
 * editors: editors plan the newsroom's work from what is read, and nothing here is personal (only totals);
 * managing the excluded addresses, which changes what is counted, stays with administrators.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class StatsAdminController {

    private static final String PATH = StatsAdminMenu.REPORT;
    private static final Map<String, String> VOTE_TYPES = Map.of("bai-viet", "Bài viết", "van-ban", "Văn bản");

    private final AdminShell shell;
    private final StatsReports reports;
    private final Helpfulness helpfulness;

    StatsAdminController(AdminShell shell, StatsReports reports, Helpfulness helpfulness) {
        this.shell = shell;
        this.reports = reports;
        this.helpfulness = helpfulness;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String tu, @RequestParam(required = false) String den,
                @RequestParam(required = false) String khoang, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        StatsPage page;
        try {
            StatsRange range = StatsRange.parse(tu, den, khoang, reports.today(), reports.firstDay());
            page = StatsPage.of(PATH, PATH + "/tai-ve", report(range));
        } catch (UserInputException e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(400);
            page = StatsPage.invalid(PATH, PATH + "/tai-ve", tu, den, e.getMessage());
        }
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("page", page);
        return "admin/stats/report";
    }

    @GetMapping(PATH + "/tai-ve")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String bang, @RequestParam(required = false) String tu,
                                    @RequestParam(required = false) String den, @RequestParam(required = false) String khoang,
                                    @RequestParam(name = "dinh-dang", required = false) String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new UserInputException(400, "Định dạng tải về phải là csv hoặc xlsx.");
        }
        StatsRange range = StatsRange.parse(tu, den, khoang, reports.today(), reports.firstDay());
        StatTable table = report(range).table(bang == null ? "" : bang)
                .orElseThrow(() -> new UserInputException(400, "Không có bảng thống kê này."));
        return StatsExport.response(table, range, format);
    }

    /** The detailed report with the votes added (votes are read live: they are few and indexed by target). */
    private StatsReport report(StatsRange range) {
        StatsReport base = reports.report(range, true);
        List<StatTable> tables = new ArrayList<>();
        for (StatTable t : base.tables()) {
            switch (t.code()) {
                case "bai-viet" -> tables.add(withVotes(t, "bai-viet"));
                case "van-ban" -> tables.add(withVotes(t, "van-ban"));
                default -> tables.add(t);
            }
        }
        var byType = helpfulness.countsByType(range.from().atStartOfDay(VietnameseFormat.ZONE).toInstant(),
                range.to().plusDays(1).atStartOfDay(VietnameseFormat.ZONE).toInstant());
        List<StatTable.Row> votes = new ArrayList<>();
        byType.forEach((type, c) -> votes.add(StatTable.Row.of(VOTE_TYPES.getOrDefault(type, type), List.of(c.yes(), c.no()))));
        tables.add(new StatTable("huu-ich", "Ý kiến \"Thông tin này có hữu ích không?\" trong khoảng thời gian", "Loại trang",
                List.of("Có", "Không"), votes, "hbar"));
        return new StatsReport(base.range(), true, tables);
    }

    private StatTable withVotes(StatTable t, String type) {
        var counts = helpfulness.counts(type, t.rows().stream().map(StatTable.Row::itemId).filter(Objects::nonNull).toList());
        List<StatTable.Row> rows = t.rows().stream().map(r -> {
            var c = r.itemId() == null ? null : counts.get(r.itemId());
            return new StatTable.Row(r.label(), r.href(), r.itemId(),
                    List.of(r.values().get(0), c == null ? 0L : c.yes(), c == null ? 0L : c.no()));
        }).toList();
        return new StatTable(t.code(), t.title(), t.labelHeader(),
                List.of("Lượt xem", "Hữu ích: Có (từ trước đến nay)", "Hữu ích: Không (từ trước đến nay)"), rows, t.chart());
    }
}
