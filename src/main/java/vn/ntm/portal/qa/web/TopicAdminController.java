package vn.ntm.portal.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.qa.internal.QaService;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;
import vn.ntm.portal.accounts.AdminShell;

/** The Q&A topics ("lĩnh vực"), administrators only: add, rename, reorder; every change audited. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class TopicAdminController {

    private static final String PATH = QaAdminMenu.TOPICS;
    private static final Map<String, String> NOTICES = Map.of("da-them", "Đã thêm lĩnh vực.", "da-luu", "Đã lưu lĩnh vực.");

    private final AdminShell shell;
    private final QaStore store;
    private final QaService service;

    TopicAdminController(AdminShell shell, QaStore store, QaService service) {
        this.shell = shell;
        this.store = store;
        this.service = service;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, tb == null ? null : NOTICES.get(tb), null);
    }

    @PostMapping(PATH)
    String create(@RequestParam(name = "name", defaultValue = "") String name, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        String n = VietnameseText.nfc(name.strip());
        if (n.isEmpty() || n.length() > 200) {
            response.setStatus(400);
            return page(request, model, null, "Tên lĩnh vực không được để trống (tối đa 200 ký tự).");
        }
        try {
            service.createTopic(n);
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(request, model, null, e.getMessage());
        }
        return "redirect:" + PATH + "?tb=da-them";
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @RequestParam(name = "name", defaultValue = "") String name,
                  @RequestParam(name = "position", defaultValue = "") String position, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        store.topic(id).orElseThrow(() -> new NotFoundException("Không tìm thấy lĩnh vực này."));
        String n = VietnameseText.nfc(name.strip());
        if (n.isEmpty() || n.length() > 200 || !position.strip().matches("-?\\d{1,4}")) {
            response.setStatus(400);
            return page(request, model, null, "Tên lĩnh vực không được để trống (tối đa 200 ký tự); thứ tự là số nguyên từ -9999 đến 9999.");
        }
        try {
            service.renameTopic(id, n, Integer.parseInt(position.strip()));
        } catch (UserInputException e) {
            response.setStatus(e.status());
            return page(request, model, null, e.getMessage());
        }
        return "redirect:" + PATH + "?tb=da-luu";
    }

    private String page(HttpServletRequest request, Model model, String notice, String error) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("topics", store.topics());
        model.addAttribute("counts", store.publishedPerTopic());
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        return "admin/qa/topics";
    }
}
