package vn.ntm.portal.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.search.internal.IndexFeeder;

/**
 * The administrators' view of this node's search index: items per kind, the last applied change, the lag, the
 * last rebuild; and "Xây dựng lại chỉ mục", which rebuilds this node's index in the background (audited).
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class SearchAdminController {

    private static final String PATH = SearchAdminMenu.PATH;

    private final AdminShell shell;
    private final IndexFeeder feeder;
    private final AuditApi audit;

    SearchAdminController(AdminShell shell, IndexFeeder feeder, AuditApi audit) {
        this.shell = shell;
        this.feeder = feeder;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String status(@RequestParam(name = "tb", required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, "da-yeu-cau".equals(tb) ? "Đã yêu cầu xây dựng lại chỉ mục. Việc này chạy nền; trang tìm kiếm vẫn dùng chỉ mục cũ cho đến khi xong." : null, null);
    }

    @PostMapping(PATH + "/xay-dung-lai")
    String rebuild(@RequestParam(name = "xac-nhan", required = false) String confirm, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        if (!"co".equals(confirm)) {
            response.setStatus(400);
            return page(request, model, null, "Hãy đánh dấu ô xác nhận trước khi xây dựng lại chỉ mục.");
        }
        IndexFeeder.Status before = feeder.status();
        feeder.requestRebuild();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("counts", before.counts());
        state.put("checkpoint", before.checkpoint());
        audit.record("search.rebuild-requested", "search_index", host(), state, null);
        return "redirect:" + PATH + "?tb=da-yeu-cau";
    }

    private String page(HttpServletRequest request, Model model, String notice, String error) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("status", new IndexStatusView(feeder.status(), feeder.sources()));
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        return "admin/search/status";
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
