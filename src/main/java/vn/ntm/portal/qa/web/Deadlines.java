package vn.ntm.portal.qa.web;

import java.time.LocalDate;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.WorkingDays;

/** The time left on an open question, in working days, as the staff screens say it. */
final class Deadlines {

    private Deadlines() {
    }

    static String text(Question q, WorkingDays calendar, LocalDate today) {
        if (!q.status().open()) {
            return "";
        }
        int left = calendar.left(today, q.dueOn());
        if (left < 0 || (left == 0 && today.isAfter(q.dueOn()))) {
            return "Quá hạn " + Math.max(1, -left) + " ngày làm việc";
        }
        if (today.equals(q.dueOn())) {
            return "Đến hạn hôm nay";
        }
        return "Còn " + left + " ngày làm việc";
    }
}
