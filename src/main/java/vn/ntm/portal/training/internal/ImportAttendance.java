package vn.ntm.portal.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.Attendance;
import vn.ntm.portal.training.imports.AttendanceRules;
import vn.ntm.portal.training.imports.Interval;

/**
 * Identified attendance from imported Zoom people: recomputed for a session whenever its imports or matches change
 * (minutes = union of the matched people's intervals clipped to the session, status under the programme's rules), and
 * the organisers' decisions on the review queue (match by hand, dismiss), each audited.
 */
@Component
public class ImportAttendance {

    private final JdbcClient jdbc;
    private final AuditApi audit;

    ImportAttendance(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The programme's attendance rules (columns of V27). */
    public AttendanceRules rules(long programmeId) {
        return jdbc.sql("SELECT present_minutes, present_percent, late_after_minutes FROM training_programme WHERE id = ?").param(programmeId)
                .query((rs, i) -> new AttendanceRules(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    public String timeZone(long programmeId) {
        return jdbc.sql("SELECT import_time_zone FROM training_programme WHERE id = ?").param(programmeId).query(String.class).single();
    }

    /** Rewrites the session's attendance rows from its matched Zoom people; the number of rows written. */
    @Transactional
    public int recompute(long sessionId) {
        Session s = jdbc.sql("SELECT * FROM training_session WHERE id = ?").param(sessionId).query(TrainingStore.SESSION).single();
        AttendanceRules rules = rules(s.programmeId());
        Interval window = new Interval(s.startsAt(), s.endsAt());
        Map<Long, List<Interval>> byRegistration = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT registration_id, joined_at, left_at FROM training_zoom_person
                 WHERE session_id = ? AND registration_id IS NOT NULL ORDER BY registration_id""").param(sessionId)
                .query((rs, i) -> {
                    List<Interval> into = byRegistration.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    Timestamp[] joined = (Timestamp[]) rs.getArray(2).getArray();
                    Timestamp[] left = (Timestamp[]) rs.getArray(3).getArray();
                    for (int k = 0; k < joined.length; k++) {
                        into.add(new Interval(joined[k].toInstant(), left[k].toInstant()));
                    }
                    return null;
                })
                .list();
        jdbc.sql("DELETE FROM training_attendance WHERE session_id = ?").param(sessionId).update();
        int n = byRegistration.size();
        if (n == 0) {
            return 0;
        }
        Long[] ids = new Long[n];
        Long[] seconds = new Long[n];
        Long[] minutes = new Long[n];
        Integer[] percents = new Integer[n];
        String[] firsts = new String[n];
        String[] statuses = new String[n];
        int k = 0;
        for (Map.Entry<Long, List<Interval>> e : byRegistration.entrySet()) {
            Attendance a = Attendance.of(e.getValue(), window, rules);
            ids[k] = e.getKey();
            seconds[k] = Math.min(a.seconds(), Integer.MAX_VALUE);
            minutes[k] = a.minutes();
            percents[k] = Math.min(100, a.percent());
            firsts[k] = a.firstJoin() == null ? null : a.firstJoin().toString();
            statuses[k] = a.status().name();
            k++;
        }
        jdbc.sql("""
                INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, first_join, status)
                SELECT ?, r, s, m, p, f, st FROM unnest(?::bigint[], ?::int[], ?::int[], ?::smallint[], ?::timestamptz[], ?::text[]) AS t(r, s, m, p, f, st)""")
                .params(sessionId, ids, seconds, minutes, percents, firsts, statuses).update();
        return n;
    }

    /** Every session of the programme (after its rules changed). */
    @Transactional
    public void recomputeProgramme(long programmeId) {
        for (long sessionId : jdbc.sql("SELECT id FROM training_session WHERE programme_id = ? ORDER BY id").param(programmeId)
                .query(Long.class).list()) {
            recompute(sessionId);
        }
    }

    /** Saves the rules and time zone, recomputes every session; audited. */
    @Transactional
    public void saveRules(long programmeId, AttendanceRules rules, String timeZone) {
        Map<String, Object> before = jdbc.sql("SELECT present_minutes, present_percent, late_after_minutes, import_time_zone FROM training_programme WHERE id = ?")
                .param(programmeId).query((rs, i) -> rulesMap(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4))).single();
        jdbc.sql("UPDATE training_programme SET present_minutes = ?, present_percent = ?, late_after_minutes = ?, import_time_zone = ?, updated_at = now() WHERE id = ?")
                .params(rules.presentMinutes(), rules.presentPercent(), rules.lateAfterMinutes(), timeZone, programmeId).update();
        recomputeProgramme(programmeId);
        audit.record("training.attendance-rules-updated", "training_programme", String.valueOf(programmeId), before,
                rulesMap(rules.presentMinutes(), rules.presentPercent(), rules.lateAfterMinutes(), timeZone));
    }

    private static Map<String, Object> rulesMap(int minutes, int percent, int late, String zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present_minutes", minutes);
        m.put("present_percent", percent);
        m.put("late_after_minutes", late);
        m.put("import_time_zone", zone);
        return m;
    }

    /** A Zoom person of the review queue, as the decision needs it. */
    public record Person(long id, long sessionId, long programmeId, String name, String state, Long registrationId) {
    }

    public Optional<Person> person(long programmeId, long personId) {
        return jdbc.sql("""
                SELECT p.id, p.session_id, s.programme_id, p.name, p.review_state, p.registration_id
                  FROM training_zoom_person p JOIN training_session s ON s.id = p.session_id WHERE p.id = ? AND s.programme_id = ?""")
                .params(personId, programmeId)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6, Long.class)))
                .optional();
    }

    /** Matches the person to the registration by hand and recomputes the session; false when the registration is not the programme's. */
    @Transactional
    public boolean match(Person p, long registrationId, String actor) {
        boolean ours = jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_registration WHERE id = ? AND programme_id = ?)")
                .params(registrationId, p.programmeId()).query(Boolean.class).single();
        if (!ours) {
            return false;
        }
        jdbc.sql("""
                UPDATE training_zoom_person SET registration_id = ?, match_method = 'MANUAL', review_state = 'MATCHED', review_reason = NULL,
                       reviewed_by = ?, reviewed_at = now() WHERE id = ?""").params(registrationId, actor, p.id()).update();
        recompute(p.sessionId());
        audit.record("training.attendee-matched", "training_zoom_person", String.valueOf(p.id()),
                before(p), Map.of("state", "MATCHED", "registration", registrationId, "session", p.sessionId()));
        return true;
    }

    /** Takes the person out of the queue as not a registrant (a host, a guest) and recomputes the session. */
    @Transactional
    public void dismiss(Person p, String actor) {
        jdbc.sql("""
                UPDATE training_zoom_person SET registration_id = NULL, match_method = NULL, review_state = 'DISMISSED',
                       reviewed_by = ?, reviewed_at = now() WHERE id = ?""").params(actor, p.id()).update();
        recompute(p.sessionId());
        audit.record("training.attendee-dismissed", "training_zoom_person", String.valueOf(p.id()), before(p),
                Map.of("state", "DISMISSED", "session", p.sessionId()));
    }

    private static Map<String, Object> before(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("state", p.state());
        if (p.registrationId() != null) {
            m.put("registration", p.registrationId());
        }
        return m;
    }

    /** Saves the manual reach row of a session and platform (figures the platforms do not export); audited. */
    @Transactional
    public void saveManualReach(long sessionId, String platform, Long views, Long peak, Long average, String note, String actor) {
        Map<String, Object> before = jdbc.sql("""
                SELECT views, peak_concurrent, average_concurrent, note FROM training_reach WHERE session_id = ? AND platform = ? AND import_id IS NULL""")
                .params(sessionId, platform)
                .query((rs, i) -> reachMap((Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class), rs.getString(4)))
                .optional().orElse(null);
        jdbc.sql("""
                INSERT INTO training_reach (session_id, platform, views, peak_concurrent, average_concurrent, note, entered_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (session_id, platform) WHERE import_id IS NULL
                DO UPDATE SET views = EXCLUDED.views, peak_concurrent = EXCLUDED.peak_concurrent, average_concurrent = EXCLUDED.average_concurrent,
                              note = EXCLUDED.note, entered_by = EXCLUDED.entered_by, updated_at = now()""")
                .params(sessionId, platform, views, peak, average, note, actor).update();
        Map<String, Object> after = reachMap(views, peak, average, note);
        after.put("session", sessionId);
        after.put("platform", platform);
        audit.record("training.reach-entered", "training_session", String.valueOf(sessionId), before, after);
    }

    private static Map<String, Object> reachMap(Long views, Long peak, Long average, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("views", views);
        m.put("peak_concurrent", peak);
        m.put("average_concurrent", average);
        m.put("note", note);
        return m;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
