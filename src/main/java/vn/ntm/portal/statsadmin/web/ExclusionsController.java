package vn.ntm.portal.statsadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.stats.ExcludedRange;
import vn.ntm.portal.stats.StatsExclusions;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Address ranges left out of the statistics (the office's own network), for administrators: add (a CIDR
 * range or one address, IPv4 or IPv6) and delete, each audited in the same transaction. The change applies on
 * this node at once and on the others within a few seconds.
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class ExclusionsController {

    private static final String PATH = StatsAdminMenu.EXCLUSIONS;
    private static final Map<String, String> NOTICES = Map.of("da-them", "Đã thêm dải địa chỉ vào danh sách loại trừ.",
            "da-xoa", "Đã xóa dải địa chỉ khỏi danh sách loại trừ.");

    private final AdminShell shell;
    private final AccountsApi accounts;
    private final StatsExclusions exclusions;
    private final AuditApi audit;
    private final TransactionTemplate tx;

    ExclusionsController(AdminShell shell, AccountsApi accounts, StatsExclusions exclusions, AuditApi audit,
                         PlatformTransactionManager transactions) {
        this.shell = shell;
        this.accounts = accounts;
        this.exclusions = exclusions;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, null, tb == null ? null : NOTICES.get(tb), "", "");
    }

    @PostMapping(PATH)
    String add(@RequestParam(required = false) String cidr, @RequestParam(required = false) String note,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        String who = accounts.currentUser().map(CurrentUser::username).orElse("?");
        try {
            tx.executeWithoutResult(status -> {
                ExcludedRange added = exclusions.add(cidr, note, who);
                audit.record("stats.exclusion.added", "stats_excluded_range", String.valueOf(added.id()), null, snapshot(added));
            });
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(request, model, e.getMessage(), null, cidr == null ? "" : cidr, note == null ? "" : note);
        }
        exclusions.refresh();
        return "redirect:" + PATH + "?tb=da-them";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id) {
        boolean removed = Boolean.TRUE.equals(tx.execute(status -> exclusions.remove(id).map(r -> {
            audit.record("stats.exclusion.removed", "stats_excluded_range", String.valueOf(id), snapshot(r), null);
            return true;
        }).orElse(false)));
        if (!removed) {
            throw new NotFoundException("Không tìm thấy dải địa chỉ này.");
        }
        exclusions.refresh();
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    private static Map<String, Object> snapshot(ExcludedRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cidr", r.cidr());
        m.put("note", r.note());
        return m;
    }

    private String page(HttpServletRequest request, Model model, String error, String notice, String cidr, String note) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("ranges", exclusions.list());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        model.addAttribute("cidr", cidr);
        model.addAttribute("note", note);
        model.addAttribute("clientIp", request.getRemoteAddr());
        return "admin/stats/exclusions";
    }
}
