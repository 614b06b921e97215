package vn.ntm.portal.accounts.web;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ntm.portal.accounts.AdminFrame;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.accounts.DashboardPanel;

/** {@code /quan-tri}: the panels every module contributes, in order. */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final AdminShell shell;
    private final List<DashboardPanel> panels;

    DashboardController(AdminShell shell, List<DashboardPanel> panels) {
        this.shell = shell;
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
    }

    @GetMapping("/quan-tri")
    String dashboard(HttpServletRequest request, Model model) {
        AdminFrame frame = shell.frame(request, AccountsMenu.DASHBOARD);
        List<Content> rendered = new ArrayList<>();
        for (DashboardPanel panel : panels) {
            try {
                Content c = panel.render(frame.user());
                if (c != null) {
                    rendered.add(c);
                }
            } catch (RuntimeException e) {
                // one broken panel must not take the dashboard down
                log.error("Dashboard panel {} failed", panel.getClass().getName(), e);
            }
        }
        model.addAttribute("frame", frame);
        model.addAttribute("panels", rendered);
        return "admin/dashboard";
    }
}
