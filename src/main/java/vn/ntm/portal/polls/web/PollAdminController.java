package vn.ntm.portal.polls.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollInput;
import vn.ntm.portal.polls.domain.PollResults;
import vn.ntm.portal.polls.internal.PollCatalog;
import vn.ntm.portal.polls.internal.PollStore;
import vn.ntm.portal.web.NotFoundException;

/**
 * {@code /quan-tri/tham-do}: polls for editors and administrators. Create and edit in one form (options as rows; once
 * a poll has ballots its choice mode and audience are fixed and chosen options cannot be removed), close now, delete
 * (a poll with ballots only after ticking the confirmation, since its results go with it), results and their export
 * as CSV and .xlsx. Every change is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('QUAN_TRI', 'BIEN_TAP')")
class PollAdminController {

    private static final String PATH = PollAdminMenu.PATH;
    private static final Map<String, String> NOTICES = Map.of("da-tao", "Đã tạo cuộc thăm dò.", "da-luu", "Đã lưu cuộc thăm dò.",
            "da-dong", "Đã đóng cuộc thăm dò.", "da-xoa", "Đã xóa cuộc thăm dò.");

    private final AdminShell shell;
    private final PollStore store;
    private final PollCatalog catalog;
    private final TransactionTemplate tx;
    private final AuditApi audit;

    PollAdminController(AdminShell shell, PollStore store, PollCatalog catalog, PlatformTransactionManager transactions, AuditApi audit) {
        this.shell = shell;
        this.store = store;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return list(request, model, tb == null ? null : NOTICES.get(tb), null);
    }

    @GetMapping(PATH + "/moi")
    String createForm(HttpServletRequest request, Model model) {
        return form(request, model, PollForm.blank());
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        PollInput.Form values = read(request);
        PollInput.Parsed parsed = PollInput.parse(values);
        if (!parsed.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, PollForm.of(null, values, parsed.errors(), 0, Map.of()));
        }
        long id = tx.execute(s -> {
            long created = store.create(parsed.input());
            audit.record("poll.created", "poll", String.valueOf(created), null, snapshot(store.find(created).orElseThrow()));
            return created;
        });
        catalog.forget();
        return "redirect:" + PATH + "/" + id + "?tb=da-tao";
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        Poll poll = find(id);
        model.addAttribute("notice", tb == null ? null : NOTICES.get(tb));
        return form(request, model, PollForm.of(poll, store.ballots(id), store.counts(id)));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Poll before = find(id);
        PollInput.Form values = read(request);
        PollInput.Parsed parsed = PollInput.parse(values);
        long ballots = store.ballots(id);
        Map<Long, Long> counts = store.counts(id);
        List<String> errors = parsed.ok() ? parsed.input().problemsAgainst(before, ballots, counts) : parsed.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, PollForm.of(before, values, errors, ballots, counts));
        }
        try {
            tx.executeWithoutResult(s -> {
                store.update(id, parsed.input());
                audit.record("poll.updated", "poll", String.valueOf(id), snapshot(before), snapshot(store.find(id).orElseThrow()));
            });
        } catch (DataIntegrityViolationException e) {
            // a ballot for an option being removed arrived meanwhile: nothing was saved
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(request, model, PollForm.of(before, values,
                    List.of("Một phương án bạn muốn xóa vừa có người chọn, nên chưa lưu gì. Vui lòng xem lại."), store.ballots(id), store.counts(id)));
        }
        catalog.forget();
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/dong")
    String close(@PathVariable long id) {
        Poll before = find(id);
        tx.executeWithoutResult(s -> {
            if (store.close(id)) {
                audit.record("poll.closed", "poll", String.valueOf(id), Map.of("closesAt", String.valueOf(before.closesAt())),
                        Map.of("closesAt", String.valueOf(store.find(id).orElseThrow().closesAt())));
            }
        });
        catalog.forget();
        return "redirect:" + PATH + "?tb=da-dong";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, @RequestParam(name = "xac-nhan", required = false) String confirm,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Poll before = find(id);
        long ballots = store.ballots(id);
        if (ballots > 0 && !"co".equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return list(request, model, null, "Cuộc thăm dò \"" + before.question() + "\" đã có " + vn.ntm.portal.shared.VietnameseFormat.number(ballots)
                    + " người bình chọn; xóa sẽ mất toàn bộ kết quả. Hãy đánh dấu ô xác nhận bên cạnh nút Xóa nếu vẫn muốn xóa "
                    + "(hoặc chọn Đóng để giữ kết quả).");
        }
        tx.executeWithoutResult(s -> {
            Map<String, Object> snap = snapshot(before);
            snap.put("ballots", ballots);
            store.delete(id);
            audit.record("poll.deleted", "poll", String.valueOf(id), snap, null);
        });
        catalog.forget();
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    @GetMapping(PATH + "/{id}/ket-qua")
    String results(@PathVariable long id, HttpServletRequest request, Model model) {
        Poll poll = find(id);
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("poll", poll);
        model.addAttribute("results", fresh(poll));
        model.addAttribute("status", poll.status(Instant.now()));
        return "admin/polls/results";
    }

    @GetMapping(PATH + "/{id}/ket-qua.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        Poll poll = find(id);
        return download(PollExports.csv(poll, fresh(poll), Instant.now()), "text/csv;charset=UTF-8", poll, "csv");
    }

    @GetMapping(PATH + "/{id}/ket-qua.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Poll poll = find(id);
        return download(PollExports.xlsx(poll, fresh(poll), Instant.now()),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", poll, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, Poll poll, String ext) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ket-qua-tham-do-" + poll.id() + "." + ext + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }

    /** Results read now (the back office does not use the public cache). */
    private PollResults fresh(Poll poll) {
        return PollResults.of(poll, store.ballots(poll.id()), store.counts(poll.id()));
    }

    private Poll find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy cuộc thăm dò này."));
    }

    private static PollInput.Form read(HttpServletRequest request) {
        return new PollInput.Form(request.getParameter("question"), request.getParameter("description"), request.getParameter("mode"),
                request.getParameter("maxChoices"), request.getParameter("opens"), request.getParameter("closes"),
                request.getParameter("membersOnly") != null, request.getParameter("visibility"), request.getParameter("featured") != null,
                values(request, "optionId"), values(request, "option"));
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : Arrays.asList(v);
    }

    private static Map<String, Object> snapshot(Poll p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("question", p.question());
        map.put("description", p.description());
        map.put("multiple", p.multiple());
        map.put("maxChoices", p.maxChoices());
        map.put("opensAt", String.valueOf(p.opensAt()));
        map.put("closesAt", String.valueOf(p.closesAt()));
        map.put("membersOnly", p.membersOnly());
        map.put("visibility", p.visibility().name());
        map.put("featured", p.featured());
        map.put("options", p.options().stream().map(o -> o.id() + ": " + o.label()).toList());
        return map;
    }

    private String list(HttpServletRequest request, Model model, String notice, String error) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("list", new PollAdminList(store.all(), store.ballotsPerPoll(), Instant.now(), notice, error));
        return "admin/polls/list";
    }

    private String form(HttpServletRequest request, Model model, PollForm form) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("form", form);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "admin/polls/form";
    }
}
