package vn.ntm.portal.polls.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.polls.domain.BallotRules;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollResults;
import vn.ntm.portal.polls.domain.PollStatus;
import vn.ntm.portal.polls.domain.Refusal;
import vn.ntm.portal.polls.internal.BallotBox;
import vn.ntm.portal.polls.internal.PollCatalog;
import vn.ntm.portal.polls.internal.PollStore;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.UserInputException;

/**
 * The public side of polls: the archive, a poll's page (form and/or results by the poll's rule) and the vote, a plain
 * form post with the CSRF token. A counted vote returns to the poll with a thank-you (303); a refusal is a short page
 * in the site layout with the reason, a 4xx status and a link back, as for "Thông tin này có hữu ích không?".
 */
@Controller
class PollController {

    static final String THANKS = "cam-on";
    private static final int PAGE_SIZE = 10;
    private static final String NOT_FOUND = "Không tìm thấy cuộc thăm dò ý kiến này.";

    private final PollCatalog catalog;
    private final PollStore store;
    private final BallotBox ballots;
    private final StatsApi stats;
    private final AccountsApi accounts;

    PollController(PollCatalog catalog, PollStore store, BallotBox ballots, StatsApi stats, AccountsApi accounts) {
        this.catalog = catalog;
        this.store = store;
        this.ballots = ballots;
        this.stats = stats;
        this.accounts = accounts;
    }

    @GetMapping(Poll.PATH)
    String archive(@RequestParam(name = "trang", defaultValue = "1") String trang, Model model) {
        if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(trang);
        Paging<Poll> closed = store.closed(page, PAGE_SIZE);
        if (page > closed.pages()) {
            throw new NotFoundException("Trang này không tồn tại.");
        }
        model.addAttribute("meta", PageMeta.of("Thăm dò ý kiến", "Các cuộc thăm dò ý kiến về xây dựng nông thôn mới: đang mở và đã kết thúc.",
                page == 1 ? Poll.PATH : Poll.PATH + "?trang=" + page, List.of(Crumb.here("Thăm dò ý kiến"))));
        model.addAttribute("archive", new PollArchive(page == 1 ? store.open(false) : List.of(), closed));
        return "polls/archive";
    }

    @GetMapping(Poll.PATH + "/{key}")
    String show(@PathVariable String key, @RequestParam(name = "tb", required = false) String tb,
                @RequestParam(name = "chon", required = false) List<String> chon, HttpServletRequest request, CsrfToken csrf,
                Model model) {
        Poll poll = catalog.find(key).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Instant now = Instant.now();
        PollStatus status = poll.status(now);
        Optional<CurrentUser> user = accounts.currentUser();
        boolean needsSignIn = poll.membersOnly() && user.isEmpty();
        Visitor visitor = stats.visitor(request);
        boolean voted = poll.membersOnly()
                ? user.map(u -> store.hasVoted(poll.id(), null, u.id())).orElse(false)
                : store.hasVoted(poll.id(), visitor.id(), null);
        boolean canVote = status == PollStatus.OPEN && !voted && !needsSignIn;
        PollResults results = poll.visibility().shows(status, voted) ? catalog.results(poll) : null;
        String note = results != null ? null : switch (poll.visibility()) {
            case AFTER_VOTE -> "Kết quả được hiển thị sau khi bạn bình chọn hoặc khi cuộc thăm dò kết thúc.";
            default -> "Kết quả được công bố khi cuộc thăm dò kết thúc.";
        };
        Set<Long> preselected = canVote ? BallotRules.parse(chon).orElse(Set.of()) : Set.of();
        String notice = THANKS.equals(tb) ? "Cảm ơn bạn đã tham gia bình chọn. Ý kiến của bạn đã được ghi nhận."
                : !preselected.isEmpty() ? "Bạn đã chọn phương án ở khối bên. Bấm “Gửi bình chọn” để xác nhận." : null;
        model.addAttribute("meta", PageMeta.of(poll.question(), poll.description().isEmpty() ? poll.question() : poll.description(),
                poll.path(), List.of(new Crumb("Thăm dò ý kiến", Poll.PATH), Crumb.here(poll.question()))));
        model.addAttribute("page", new PollPage(poll, status, voted, canVote, needsSignIn, results, note, notice, preselected,
                csrf.getParameterName(), csrf.getToken()));
        return "polls/show";
    }

    @PostMapping(Poll.PATH + "/{key}/binh-chon")
    Object vote(@PathVariable String key, @RequestParam(name = "chon", required = false) List<String> chon,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Poll poll = catalog.find(key).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Optional<Set<Long>> chosen = BallotRules.parse(chon);
        if (chosen.isEmpty()) {
            return refused(new Refusal(400, "Lựa chọn không hợp lệ. Vui lòng tải lại trang và chọn lại."), poll, response, model);
        }
        Optional<Refusal> problem = BallotRules.check(poll, chosen.get(), Instant.now());
        if (problem.isPresent()) {
            return refused(problem.get(), poll, response, model);
        }
        Visitor visitor = stats.visitor(request);
        BallotBox.Voter voter;
        if (poll.membersOnly()) {
            Optional<CurrentUser> user = accounts.currentUser();
            if (user.isEmpty()) {
                return refused(new Refusal(403, "Cuộc thăm dò này chỉ dành cho thành viên. Vui lòng đăng nhập rồi bình chọn."),
                        poll, response, model);
            }
            voter = new BallotBox.Voter(null, user.get().id(), visitor.ip());
        } else {
            if (!visitor.known()) {
                return refused(new Refusal(400, "Không xác định được trình duyệt của bạn. Vui lòng bật cookie, tải lại trang rồi bình chọn lại."),
                        poll, response, model);
            }
            if (visitor.bot()) {
                return refused(new Refusal(403, "Lượt bình chọn từ chương trình tự động không được tính."), poll, response, model);
            }
            voter = new BallotBox.Voter(visitor.id(), null, visitor.ip());
        }
        Refusal refusal = switch (ballots.cast(poll, voter, chosen.get())) {
            case ACCEPTED -> null;
            case ALREADY_VOTED -> new Refusal(409, poll.membersOnly()
                    ? "Tài khoản của bạn đã bình chọn trong cuộc thăm dò này. Mỗi tài khoản chỉ được bình chọn một lần."
                    : "Bạn đã bình chọn trong cuộc thăm dò này rồi. Mỗi người chỉ được bình chọn một lần.");
            case TOO_MANY_FROM_ADDRESS -> new Refusal(429, "Đã có quá nhiều lượt bình chọn từ địa chỉ mạng của bạn cho cuộc thăm dò này. "
                    + "Vui lòng thử lại sau.");
            case NOT_OPEN -> new Refusal(409, "Cuộc thăm dò này hiện không nhận bình chọn (chưa bắt đầu hoặc đã kết thúc).");
            case OPTION_GONE -> new Refusal(409, "Phương án bạn chọn vừa được thay đổi. Vui lòng tải lại trang và chọn lại.");
        };
        if (refusal != null) {
            return refused(refusal, poll, response, model);
        }
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, poll.path() + "?tb=" + THANKS + "#ket-qua").build();
    }

    private static String refused(Refusal refusal, Poll poll, HttpServletResponse response, Model model) {
        response.setStatus(refusal.status());
        model.addAttribute("meta", PageMeta.of("Chưa ghi nhận bình chọn", refusal.message(), poll.path(),
                List.of(new Crumb("Thăm dò ý kiến", Poll.PATH), Crumb.here("Chưa ghi nhận bình chọn"))).hiddenFromSearch());
        model.addAttribute("message", refusal.message());
        model.addAttribute("back", poll.path());
        return "feedback/refused";
    }
}
