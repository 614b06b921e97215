package vn.ntm.portal.siteadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.SidebarBlock;
import vn.ntm.portal.web.UserInputException;

/**
 * Which blocks the public sidebar shows and in what order (table {@code sidebar_block}); the public frame
 * picks a change up within its two-second refresh. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class SidebarBlocksController {

    private static final Map<String, String> NAMES = Map.of(
            "documents.latest", "Văn bản mới",
            "media.songs", "Hát về nông thôn mới",
            "media.links", "Liên kết",
            "stats.counter", "Thống kê truy cập",
            "polls.current", "Thăm dò ý kiến");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Set<String> registered;
    private final AuditApi audit;

    SidebarBlocksController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions,
                            List<SidebarBlock> blocks, AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.registered = new TreeSet<>(blocks.stream().map(SidebarBlock::code).toList());
        this.audit = audit;
    }

    @GetMapping(SiteAdminMenu.SIDEBAR)
    String list(@RequestParam(required = false) String ok, HttpServletRequest request, Model model) {
        return page(request, model, rows(), null, ok == null ? null : "Đã lưu. Trang công khai cập nhật sau vài giây.");
    }

    @PostMapping(SiteAdminMenu.SIDEBAR)
    String save(HttpServletRequest request, HttpServletResponse response, Model model) {
        List<BlockRow> current = rows();
        List<BlockRow> wanted = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (BlockRow row : current) {
            String raw = request.getParameter("position-" + row.code());
            int position = row.position();
            if (raw != null) {
                try {
                    position = Integer.parseInt(raw.strip());
                    if (position < 0 || position > 9999) {
                        errors.add("Thứ tự của khối \"" + row.name() + "\" phải là số nguyên từ 0 đến 9999.");
                    }
                } catch (NumberFormatException e) {
                    errors.add("Thứ tự của khối \"" + row.name() + "\" phải là số nguyên từ 0 đến 9999.");
                }
            }
            boolean enabled = request.getParameter("enabled-" + row.code()) != null;
            wanted.add(new BlockRow(row.code(), row.name(), position, enabled, row.installed()));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, wanted, String.join(" ", errors), null);
        }
        store(current, wanted);
        return "redirect:" + SiteAdminMenu.SIDEBAR + "?ok";
    }

    /**
     * Moves a block one place up or down (the buttons beside each row, which work without JavaScript);
     * the blocks are renumbered 10, 20, 30… in their new order. The first block cannot go higher, the
     * last one lower: nothing changes then.
     */
    @PostMapping(SiteAdminMenu.SIDEBAR + "/{code}/len")
    String up(@PathVariable String code) {
        return move(code, true);
    }

    @PostMapping(SiteAdminMenu.SIDEBAR + "/{code}/xuong")
    String down(@PathVariable String code) {
        return move(code, false);
    }

    private String move(String code, boolean up) {
        List<BlockRow> current = rows();
        int index = -1;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).code().equals(code)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new UserInputException(404, "Không có khối bên này.");
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= current.size()) {
            return "redirect:" + SiteAdminMenu.SIDEBAR;
        }
        List<BlockRow> order = new ArrayList<>(current);
        order.set(index, current.get(other));
        order.set(other, current.get(index));
        List<BlockRow> wanted = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            BlockRow row = order.get(i);
            wanted.add(new BlockRow(row.code(), row.name(), (i + 1) * 10, row.enabled(), row.installed()));
        }
        store(current, wanted);
        return "redirect:" + SiteAdminMenu.SIDEBAR + "?ok#khoi-" + code;
    }

    private void store(List<BlockRow> current, List<BlockRow> wanted) {
        Map<String, Object> before = snapshot(current);
        Map<String, Object> after = snapshot(wanted);
        if (before.equals(after)) {
            return;
        }
        tx.executeWithoutResult(status -> {
            for (BlockRow row : wanted) {
                jdbc.sql("""
                        INSERT INTO sidebar_block (code, position, enabled) VALUES (?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET position = EXCLUDED.position, enabled = EXCLUDED.enabled""")
                        .param(row.code()).param(row.position()).param(row.enabled()).update();
            }
            audit.record("sidebar.updated", "sidebar_block", "sidebar", before, after);
        });
    }

    /** Every block that has a row or a module providing it, in the order the sidebar shows them. */
    private List<BlockRow> rows() {
        Map<String, BlockRow> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT code, position, enabled FROM sidebar_block ORDER BY position, code").query()
                .listOfRows().forEach(r -> {
                    String code = (String) r.get("code");
                    rows.put(code, new BlockRow(code, NAMES.getOrDefault(code, code), ((Number) r.get("position")).intValue(),
                            (Boolean) r.get("enabled"), registered.contains(code)));
                });
        int next = rows.values().stream().mapToInt(BlockRow::position).max().orElse(0);
        for (String code : registered) {
            if (!rows.containsKey(code)) {
                next += 10;
                rows.put(code, new BlockRow(code, NAMES.getOrDefault(code, code), next, false, true));
            }
        }
        return List.copyOf(rows.values());
    }

    private static Map<String, Object> snapshot(List<BlockRow> rows) {
        Map<String, Object> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.code(), Map.of("position", r.position(), "enabled", r.enabled())));
        return map;
    }

    private String page(HttpServletRequest request, Model model, List<BlockRow> rows, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, SiteAdminMenu.SIDEBAR));
        model.addAttribute("blocks", rows);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/site/sidebar";
    }
}
