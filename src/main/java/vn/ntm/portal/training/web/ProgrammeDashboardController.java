package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.DashboardExport;
import vn.ntm.portal.training.internal.DashboardQueries;
import vn.ntm.portal.training.internal.DashboardReport;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.NotFoundException;

/**
 * A programme's dashboard ("Báo cáo"): headline figures and tables, each with a chart drawn from the table; the
 * tables as an Excel workbook and the printable closing report (PDF). Only totals, nothing personal.
 */
@Controller
@PreAuthorize("hasAnyRole('TAP_HUAN', 'QUAN_TRI')")
class ProgrammeDashboardController {

    private static final String PATH = TrainingMenu.ADMIN + "/{id}/bao-cao";

    private final AdminShell shell;
    private final TrainingStore store;
    private final DashboardQueries queries;

    ProgrammeDashboardController(AdminShell shell, TrainingStore store, DashboardQueries queries) {
        this.shell = shell;
        this.store = store;
        this.queries = queries;
    }

    @GetMapping(PATH)
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        DashboardReport report = queries.report(programme(id));
        model.addAttribute("frame", shell.frame(request, TrainingMenu.ADMIN));
        model.addAttribute("report", report);
        return "admin/training/dashboard";
    }

    @GetMapping(PATH + ".xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        send(response, DashboardExport.xlsx(queries.report(p)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "bao-cao-" + p.slug() + ".xlsx");
    }

    @GetMapping(PATH + ".pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        Programme p = programme(id);
        send(response, DashboardExport.pdf(queries.report(p), queries.place(p.id()), LocalDate.now(VietnameseFormat.ZONE)),
                "application/pdf", "bao-cao-tong-ket-" + p.slug() + ".pdf");
    }

    private Programme programme(long id) {
        return store.programme(id).orElseThrow(() -> new NotFoundException("Không tìm thấy chương trình tập huấn."));
    }

    private static void send(HttpServletResponse response, byte[] body, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
