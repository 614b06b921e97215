package vn.ntm.portal.siteadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.SiteSettings;

/** The office's name, footer details and list sizes (table {@code site_setting}); administrators only. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class SiteSettingsController {

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SiteSettings settings;
    private final AuditApi audit;

    SiteSettingsController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions,
                           SiteSettings settings, AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping(SiteAdminMenu.SETTINGS)
    String show(@RequestParam(required = false) String ok, HttpServletRequest request, Model model) {
        return form(request, model, stored(), null, ok == null ? null : "Đã lưu cấu hình. Trang công khai cập nhật sau vài giây.");
    }

    @PostMapping(SiteAdminMenu.SETTINGS)
    String save(HttpServletRequest request, HttpServletResponse response, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (SettingField field : SettingField.ALL) {
            String raw = request.getParameter(field.key());
            String value = raw == null ? "" : raw.strip();
            values.put(field.key(), value);
            field.check(value).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, values, String.join(" ", errors), null);
        }
        Map<String, String> before = stored();
        Map<String, String> changedBefore = new LinkedHashMap<>();
        Map<String, String> changedAfter = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changedBefore.put(k, before.get(k));
                changedAfter.put(k, v);
            }
        });
        if (!changedAfter.isEmpty()) {
            tx.executeWithoutResult(status -> {
                changedAfter.forEach((k, v) -> jdbc.sql("""
                        INSERT INTO site_setting (key, value, updated_at) VALUES (?, ?, now())
                        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()""")
                        .param(k).param(v).update());
                audit.record("site-settings.updated", "site_setting", "site", changedBefore, changedAfter);
            });
            settings.invalidate();
        }
        return "redirect:" + SiteAdminMenu.SETTINGS + "?ok";
    }

    private Map<String, String> stored() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("SELECT key, value FROM site_setting").query()
                .listOfRows().forEach(r -> values.put((String) r.get("key"), (String) r.get("value")));
        return values;
    }

    private String form(HttpServletRequest request, Model model, Map<String, String> values, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, SiteAdminMenu.SETTINGS));
        model.addAttribute("fields", SettingField.ALL);
        model.addAttribute("values", values);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/site/settings";
    }
}
