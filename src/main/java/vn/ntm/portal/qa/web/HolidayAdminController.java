package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.qa.internal.HolidayCalendar;
import vn.ntm.portal.qa.internal.HolidayService;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The public-holiday calendar ("Ngày nghỉ lễ"), administrators only: the days off from last year on, add a day
 * or a run of days (Tết), remove one. Deadlines of waiting questions follow in the same transaction.
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class HolidayAdminController {

    private static final String PATH = QaAdminMenu.HOLIDAYS;

    private final AdminShell shell;
    private final HolidayService holidays;

    HolidayAdminController(AdminShell shell, HolidayService holidays) {
        this.shell = shell;
        this.holidays = holidays;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "doi-han", required = false) String moved, HttpServletRequest request, Model model) {
        String notice = moved == null || !moved.matches("\\d{1,6}") ? null
                : "Đã cập nhật lịch nghỉ; " + moved + " câu hỏi đang chờ trả lời được tính lại hạn.";
        return page(request, model, notice, null, new HolidayForm("", "", "", false));
    }

    @PostMapping(PATH)
    String add(@RequestParam(name = "tu-ngay", defaultValue = "") String from, @RequestParam(name = "den-ngay", defaultValue = "") String to,
               @RequestParam(name = "ten", defaultValue = "") String name,
               @RequestParam(name = "du-kien", required = false) String approximate,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        HolidayForm form = new HolidayForm(from.strip(), to.strip(), VietnameseText.nfc(name.strip()), approximate != null);
        try {
            LocalDate first = date(form.from(), "Ngày bắt đầu");
            if (first == null) {
                throw new UserInputException(400, "Vui lòng nhập ngày bắt đầu nghỉ.");
            }
            LocalDate last = form.to().isEmpty() ? first : date(form.to(), "Ngày kết thúc");
            if (form.name().isEmpty() || form.name().length() > 200) {
                throw new UserInputException(400, "Tên ngày nghỉ không được để trống (tối đa 200 ký tự).");
            }
            int moved = holidays.add(first, last, form.name(), form.approximate());
            return "redirect:" + PATH + "?doi-han=" + moved;
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(request, model, null, e.getMessage(), form);
        }
    }

    @PostMapping(PATH + "/{day}/xoa")
    String remove(@PathVariable String day) {
        LocalDate d;
        try {
            d = VietnameseFormat.parseDate(day);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Không có ngày nghỉ này trong lịch.");
        }
        if (d == null) {
            throw new NotFoundException("Không có ngày nghỉ này trong lịch.");
        }
        return "redirect:" + PATH + "?doi-han=" + holidays.remove(d);
    }

    private static LocalDate date(String text, String label) {
        try {
            return VietnameseFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, label + " không hợp lệ (ví dụ 02/09/2026).");
        }
    }

    private String page(HttpServletRequest request, Model model, String notice, String error, HolidayForm form) {
        LocalDate today = HolidayCalendar.today();
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("holidays", holidays.from(LocalDate.of(today.getYear() - 1, 1, 1)));
        model.addAttribute("form", form);
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        return "admin/qa/holidays";
    }
}
