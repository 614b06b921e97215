package vn.ntm.portal.qa.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.DashboardPanel;
import vn.ntm.portal.qa.QaRoles;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.qa.internal.HolidayCalendar;
import vn.ntm.portal.qa.internal.QaStore;
import vn.ntm.portal.web.Blocks;

/** "Câu hỏi sắp đến hạn / quá hạn" on the dashboard, for handlers and administrators. */
@Component
class QaDashboardPanel implements DashboardPanel {

    private final QaStore store;
    private final HolidayCalendar calendar;
    private final Blocks blocks;

    QaDashboardPanel(QaStore store, HolidayCalendar calendar, Blocks blocks) {
        this.store = store;
        this.calendar = calendar;
        this.blocks = blocks;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Content render(CurrentUser user) {
        if (!user.isAdmin() && !user.hasRole(QaRoles.HANDLER)) {
            return null;
        }
        WorkingDays days = calendar.workingDays();
        LocalDate today = HolidayCalendar.today();
        LocalDate until = days.dueSoonUntil(today);
        List<Question> overdue = store.list(new QaStore.Filter(null, null, null, false, true), today, until, 1, 5).items();
        List<Question> soon = store.list(new QaStore.Filter(null, null, null, true, false), today, until, 1, 5).items();
        List<Question> urgent = new java.util.ArrayList<>(overdue);
        urgent.addAll(soon.subList(0, Math.min(soon.size(), Math.max(0, 5 - overdue.size()))));
        return blocks.template("admin/qa/panel.jte",
                new PanelView(store.countOpenDue(today, until), store.countOverdue(today), urgent, days, today));
    }
}
