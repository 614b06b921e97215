package vn.ntm.portal.qa.internal;

import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.shared.VietnameseFormat;

/** The working-day calendar from {@code public_holiday}, read afresh each time (a few dozen rows) so edits apply at once. */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkingDays workingDays() {
        return new WorkingDays(new HashSet<>(jdbc.sql("SELECT day FROM public_holiday").query(LocalDate.class).list()));
    }

    public static LocalDate today() {
        return LocalDate.now(VietnameseFormat.ZONE);
    }
}
