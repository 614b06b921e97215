package vn.ntm.portal.qa.web;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.WorkingDays;

/** What the dashboard panel shows: counts and the most urgent open questions. */
public record PanelView(long dueSoon, long overdue, List<Question> urgent, WorkingDays calendar, LocalDate today) {

    public String deadline(Question q) {
        return Deadlines.text(q, calendar, today);
    }
}
