package vn.ntm.portal.qa.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.accounts.UserSummary;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.Topic;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.shared.Paging;

/** The staff list of questions with its filters (the request's parameters, to show them again). */
public record AdminListPage(Paging<Question> paging, Map<String, String> params, List<Topic> topics,
                            List<UserSummary> handlers, WorkingDays calendar, LocalDate today, String pageLink) {

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public String handlerName(Long id) {
        if (id == null) {
            return "Chưa phân công";
        }
        return handlers.stream().filter(u -> u.id() == id).map(UserSummary::displayName).findFirst().orElse("Người dùng số " + id);
    }

    /** "Còn 3 ngày", "Quá hạn 2 ngày", "Đến hạn hôm nay" (working days) for open questions; empty for the others. */
    public String deadline(Question q) {
        return Deadlines.text(q, calendar, today);
    }

    public boolean urgent(Question q) {
        return q.status().open() && calendar.left(today, q.dueOn()) <= WorkingDays.DUE_SOON;
    }

    public String pageHref(int page) {
        return pageLink + (pageLink.contains("?") ? "&" : "?") + "trang=" + page;
    }
}
