package vn.ntm.portal.qa.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * The public-holiday calendar behind the 15-working-day deadline. A change moves the due dates of the
 * questions still waiting for an answer in the same transaction (the law counts working days as they
 * turn out, e.g. a bridge day announced late), so the staff's lists and the citizens' tracking pages agree.
 */
@Service
public class HolidayService {

    /** A day off as the calendar screen lists it. */
    public record Holiday(LocalDate day, String name, boolean approximate) {
    }

    /** Longest run of days one entry may add (Tết with its bridge days is 9). */
    static final int MAX_DAYS = 31;

    private final JdbcClient jdbc;
    private final HolidayCalendar calendar;
    private final AuditApi audit;
    private final TransactionTemplate tx;

    HolidayService(JdbcClient jdbc, HolidayCalendar calendar, AuditApi audit, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    public List<Holiday> from(LocalDate first) {
        return jdbc.sql("SELECT day, name, approximate FROM public_holiday WHERE day >= ? ORDER BY day")
                .param(first)
                .query((rs, i) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3))).list();
    }

    /**
     * Adds the days {@code first}..{@code last} (or renames those already there).
     *
     * @return how many waiting questions got a new due date
     */
    public int add(LocalDate first, LocalDate last, String name, boolean approximate) {
        if (last.isBefore(first)) {
            throw new UserInputException(400, "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
        }
        if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            throw new UserInputException(400, "Mỗi lần thêm tối đa " + MAX_DAYS + " ngày nghỉ.");
        }
        return tx.execute(s -> {
            jdbc.sql("""
                            INSERT INTO public_holiday (day, name, approximate)
                            SELECT d::date, ?, ? FROM generate_series(?::date, ?::date, interval '1 day') AS d
                            ON CONFLICT (day) DO UPDATE SET name = excluded.name, approximate = excluded.approximate""")
                    .params(name, approximate, first, last).update();
            int moved = moveDueDates();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("from", first.toString());
            after.put("to", last.toString());
            after.put("name", name);
            after.put("approximate", approximate);
            after.put("dueDatesMoved", moved);
            audit.record("qa-holiday.added", "public_holiday", first.toString(), null, after);
            return moved;
        });
    }

    /** Removes one day off; returns how many waiting questions got a new due date. */
    public int remove(LocalDate day) {
        return tx.execute(s -> {
            Holiday before = jdbc.sql("DELETE FROM public_holiday WHERE day = ? RETURNING day, name, approximate").param(day)
                    .query((rs, i) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3)))
                    .optional().orElseThrow(() -> new NotFoundException("Không có ngày nghỉ này trong lịch."));
            int moved = moveDueDates();
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("day", before.day().toString());
            was.put("name", before.name());
            audit.record("qa-holiday.removed", "public_holiday", day.toString(), was, Map.of("dueDatesMoved", moved));
            return moved;
        });
    }

    private int moveDueDates() {
        WorkingDays days = calendar.workingDays();
        record Waiting(long id, LocalDate received, LocalDate due) {
        }
        List<Waiting> waiting = jdbc.sql("""
                        SELECT id, received_on, due_on FROM qa_question
                         WHERE status IN ('RECEIVED', 'IN_PROGRESS') ORDER BY id FOR UPDATE""")
                .query((rs, i) -> new Waiting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        int moved = 0;
        for (Waiting w : waiting) {
            LocalDate due = days.dueDate(w.received());
            if (!due.equals(w.due())) {
                jdbc.sql("UPDATE qa_question SET due_on = ? WHERE id = ?").params(due, w.id()).update();
                moved++;
            }
        }
        return moved;
    }
}
