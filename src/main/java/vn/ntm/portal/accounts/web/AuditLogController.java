package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.audit.AuditEntry;
import vn.ntm.portal.audit.AuditQuery;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.UserInputException;

/** {@code /quan-tri/nhat-ky}: the audit log, searchable, paginated and exportable as CSV. Administrators only. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 100_000;

    private final AdminShell shell;
    private final AuditApi audit;

    AuditLogController(AdminShell shell, AuditApi audit) {
        this.shell = shell;
        this.audit = audit;
    }

    @GetMapping(AccountsMenu.AUDIT)
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "1") int trang, HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, action, entity, entityId, date(from), date(to));
        int page = Math.max(1, trang);
        List<AuditEntry> entries = audit.search(query, (int) Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
        model.addAttribute("frame", shell.frame(request, AccountsMenu.AUDIT));
        model.addAttribute("query", query);
        model.addAttribute("paging", new Paging<>(entries, page, PAGE_SIZE, audit.count(query)));
        model.addAttribute("filters", filters(query));
        return "accounts/audit";
    }

    @GetMapping(AccountsMenu.AUDIT + ".csv")
    void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
             @RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(actor, action, entity, entityId, date(from), date(to));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so spreadsheet programs read the Vietnamese text as UTF-8
        Csv.row(out, "Thời điểm", "Người thực hiện", "Mã người dùng", "Địa chỉ IP", "Hành động", "Đối tượng", "Mã đối tượng", "Trước", "Sau");
        for (AuditEntry e : audit.search(query, 0, CSV_LIMIT)) {
            Csv.row(out, VietnameseFormat.dateTime(e.at()), e.actorName(), e.actorId() == null ? "" : e.actorId().toString(),
                    e.ip(), e.action(), e.entityType(), e.entityId(), e.before(), e.after());
        }
        out.flush();
    }

    /** The query string of the current filters, for the pager and the CSV link. */
    private static String filters(AuditQuery q) {
        var b = UriComponentsBuilder.newInstance();
        add(b, "actor", q.actor());
        add(b, "action", q.action());
        add(b, "entity", q.entityType());
        add(b, "entityId", q.entityId());
        add(b, "from", q.from() == null ? null : q.from().toString());
        add(b, "to", q.to() == null ? null : q.to().toString());
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private static LocalDate date(String value) {
        try {
            return VietnameseFormat.parseDate(value);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, "Ngày không hợp lệ (ví dụ 15/03/2024).");
        }
    }
}
