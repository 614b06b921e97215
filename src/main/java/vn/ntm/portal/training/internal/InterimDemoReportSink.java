package vn.ntm.portal.training.internal;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.imports.Attendance;
import vn.ntm.portal.training.imports.AttendanceRules;
import vn.ntm.portal.training.imports.Candidate;
import vn.ntm.portal.training.imports.FacebookReport;
import vn.ntm.portal.training.imports.ImportOptions;
import vn.ntm.portal.training.imports.ImportResult;
import vn.ntm.portal.training.imports.Interval;
import vn.ntm.portal.training.imports.IntervalUnion;
import vn.ntm.portal.training.imports.MatchResult;
import vn.ntm.portal.training.imports.QaQuestion;
import vn.ntm.portal.training.imports.Reach;
import vn.ntm.portal.training.imports.ReachFigures;
import vn.ntm.portal.training.imports.RegistrationMatcher;
import vn.ntm.portal.training.imports.ReportImports;
import vn.ntm.portal.training.imports.YouTubeReport;
import vn.ntm.portal.training.imports.ZoomPeople;
import vn.ntm.portal.training.imports.ZoomPerson;
import vn.ntm.portal.training.imports.ZoomQaReport;
import vn.ntm.portal.training.imports.ZoomWebinarReport;

/**
 * INTERIM, for the demo data only: stores a parsed report with plain SQL so that the demo series shows imported data on
 * the dashboard before the real import service (being written in parallel, {@code importReport(sessionId, fileName,
 * content, zone, actor)}) is merged. At merge the coordinator replaces this bean by a {@link DemoReportSink} that calls
 * the import service, and deletes this class.
 *
 * <p>What it writes is what the dashboard reads: the import row (raw file, hash, parser version; a newer file of the same
 * kind supersedes the older), the reach row from {@link ReachFigures}, for a Zoom webinar the people (matched by
 * {@link RegistrationMatcher}, the rest PENDING for review), their intervals and the session's attendance
 * ({@link Attendance} under the programme's rules), for a Zoom Q&amp;A report the questions as {@code training_ask}
 * (topic set when the session has one topic). The same file again for the same session is ignored (its hash).
 */
@Component
class InterimDemoReportSink implements DemoReportSink {

    private static final String PROVINCE_QUESTION = "Tỉnh/Thành phố";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InterimDemoReportSink(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional
    public void importReport(long sessionId, String fileName, byte[] content, ZoneId zone, String actor) {
        ImportResult result = ReportImports.parse(fileName, content, ImportOptions.defaults().withZone(zone));
        if (!result.acceptable()) {
            throw new IllegalArgumentException("Tệp " + fileName + " không nhập được: " + result.errors());
        }
        Map<String, Object> s = jdbc.sql("""
                SELECT s.programme_id, s.starts_at, s.ends_at, p.present_minutes, p.present_percent, p.late_after_minutes, p.province_version
                  FROM training_session s JOIN training_programme p ON p.id = s.programme_id WHERE s.id = ?""")
                .param(sessionId).query().singleRow();
        long programmeId = ((Number) s.get("programme_id")).longValue();
        Interval window = new Interval(((Timestamp) s.get("starts_at")).toInstant(), ((Timestamp) s.get("ends_at")).toInstant());
        String kind = result.kind().name();
        int rows = result instanceof ZoomWebinarReport r ? r.attendees().size() + r.others().size()
                : result instanceof ZoomQaReport r ? r.questions().size()
                : result instanceof YouTubeReport r ? r.videos().size()
                : result instanceof FacebookReport r ? r.rows().size() : 0;
        Long importId = jdbc.sql("""
                INSERT INTO training_import (programme_id, session_id, kind, file_name, sha256, size_bytes, content, parser_version, time_zone,
                  row_count, warnings, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, sha256) DO NOTHING RETURNING id""")
                .params(programmeId, sessionId, kind, fileName, ReportImports.sha256(content), content.length, content,
                        ReportImports.PARSER_VERSION, zone.getId(), rows, result.warnings().toArray(String[]::new), actor)
                .query(Long.class).optional().orElse(null);
        if (importId == null) {
            return; // the same file again
        }
        jdbc.sql("UPDATE training_import SET superseded_by = ? WHERE session_id = ? AND kind = ? AND id <> ? AND superseded_by IS NULL")
                .params(importId, sessionId, kind, importId).update();
        if (result instanceof ZoomWebinarReport r) {
            reach(sessionId, importId, ReachFigures.of(r, window), actor);
            people(programmeId, sessionId, importId, r, window, ((Number) s.get("province_version")).intValue(),
                    new AttendanceRules(((Number) s.get("present_minutes")).intValue(), ((Number) s.get("present_percent")).intValue(),
                            ((Number) s.get("late_after_minutes")).intValue()));
        } else if (result instanceof YouTubeReport r) {
            reach(sessionId, importId, ReachFigures.of(r), actor);
        } else if (result instanceof FacebookReport r) {
            reach(sessionId, importId, ReachFigures.of(r), actor);
        } else if (result instanceof ZoomQaReport r) {
            questions(programmeId, sessionId, importId, r);
        } else {
            throw new IllegalArgumentException("Loại báo cáo này không dùng cho dữ liệu mẫu: " + kind);
        }
    }

    private void reach(long sessionId, long importId, Reach r, String actor) {
        jdbc.sql("""
                INSERT INTO training_reach (session_id, platform, import_id, views, peak_concurrent, average_concurrent, watch_time_hours,
                  reported_views, reported_peak, entered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, r.platform().name(), importId, r.views(), r.peakConcurrent(), r.averageConcurrent(), r.watchTimeHours(),
                        r.reportedViews(), r.reportedPeakConcurrent(), actor).update();
    }

    private void people(long programmeId, long sessionId, long importId, ZoomWebinarReport report, Interval window, int provinceVersion,
                        AttendanceRules rules) {
        Map<String, String> provinceCodes = new HashMap<>();
        jdbc.sql("SELECT code, name FROM province WHERE version = ?").param(provinceVersion)
                .query((rs, i) -> provinceCodes.put(provinceKey(rs.getString("name")), rs.getString("code"))).list();
        List<Candidate> candidates = jdbc.sql("""
                SELECT id, full_name, email, phone, province_code FROM training_registration
                 WHERE programme_id = ? AND status NOT IN ('WITHDRAWN', 'REJECTED')""")
                .param(programmeId).query((rs, i) -> new Candidate(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("province_code"))).list();
        List<ZoomPerson> people = ZoomPeople.group(report, PROVINCE_QUESTION);
        MatchResult match = new RegistrationMatcher(candidates, text -> text == null ? null : provinceCodes.get(provinceKey(text)))
                .match(people);
        List<Long> ids = jdbc.sql("SELECT nextval('training_zoom_person_id_seq') FROM generate_series(1, ?)").param(people.size())
                .query(Long.class).list();
        List<Object[]> personRows = new ArrayList<>();
        List<Object[]> intervalRows = new ArrayList<>();
        int k = 0;
        for (MatchResult.Match m : match.matches()) {
            long id = ids.get(k++);
            personRows.add(person(id, importId, sessionId, m.person(), m.registrationId(), m.method().name(), "MATCHED", null, new Long[0], window));
            intervals(id, m.person(), intervalRows);
        }
        for (MatchResult.Review r : match.review()) {
            long id = ids.get(k++);
            personRows.add(person(id, importId, sessionId, r.person(), null, null, "PENDING", r.reason().name(),
                    r.suggestions().toArray(Long[]::new), window));
            intervals(id, r.person(), intervalRows);
        }
        template.batchUpdate("""
                INSERT INTO training_zoom_person (id, import_id, session_id, person_key, name, original_name, email, phone, registration_id,
                  match_method, review_state, review_reason, suggestions, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", personRows);
        template.batchUpdate("INSERT INTO training_interval (person_id, joined_at, left_at) VALUES (?, ?, ?)", intervalRows);
        // attendance of the session from every matched person of its current imports
        jdbc.sql("DELETE FROM training_attendance WHERE session_id = ?").param(sessionId).update();
        Map<Long, List<Interval>> byRegistration = new HashMap<>();
        jdbc.sql("""
                SELECT zp.registration_id, iv.joined_at, iv.left_at FROM training_zoom_person zp
                  JOIN training_import i ON i.id = zp.import_id AND i.superseded_by IS NULL
                  JOIN training_interval iv ON iv.person_id = zp.id
                 WHERE zp.session_id = ? AND zp.review_state = 'MATCHED'""")
                .param(sessionId).query((rs, i) -> byRegistration.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>())
                        .add(new Interval(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))).list();
        List<Object[]> attendanceRows = new ArrayList<>();
        byRegistration.forEach((registration, intervals) -> {
            Attendance a = Attendance.of(intervals, window, rules);
            attendanceRows.add(new Object[] {sessionId, registration, (int) a.seconds(), (int) a.minutes(), a.percent(),
                    a.firstJoin() == null ? null : Timestamp.from(a.firstJoin()), a.status().name()});
        });
        template.batchUpdate("""
                INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, first_join, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", attendanceRows);
    }

    private static Object[] person(long id, long importId, long sessionId, ZoomPerson p, Long registrationId, String method, String state,
                                   String reason, Long[] suggestions, Interval window) {
        return new Object[] {id, importId, sessionId, p.key(), p.name() == null ? "" : p.name(), p.originalName() == null ? "" : p.originalName(),
                p.email(), p.phone(), registrationId, method, state, reason, suggestions, (int) IntervalUnion.seconds(p.intervals(), window)};
    }

    private static void intervals(long personId, ZoomPerson p, List<Object[]> out) {
        for (Interval i : p.intervals()) {
            out.add(new Object[] {personId, Timestamp.from(i.start()), Timestamp.from(i.end())});
        }
    }

    private void questions(long programmeId, long sessionId, long importId, ZoomQaReport report) {
        List<Long> topics = jdbc.sql("SELECT topic_id FROM training_session_topic WHERE session_id = ?").param(sessionId).query(Long.class).list();
        Long topic = topics.size() == 1 ? topics.get(0) : null;
        List<Object[]> rows = new ArrayList<>();
        for (QaQuestion q : report.questions()) {
            rows.add(new Object[] {programmeId, topic, sessionId, importId, q.row(), q.askerName() == null ? "" : q.askerName(),
                    q.question().length() > 4000 ? q.question().substring(0, 4000) : q.question()});
        }
        template.batchUpdate("""
                INSERT INTO training_ask (programme_id, topic_id, session_id, source, import_id, import_row, asker_name, body)
                VALUES (?, ?, ?, 'ZOOM', ?, ?, ?, ?)""", rows);
    }

    /** "Tỉnh Nghệ An", "nghe an", "TP. Hà Nội" → "nghe an" / "ha noi". */
    static String provinceKey(String text) {
        String k = VietnameseText.fold(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return k.replaceFirst("^(tinh|thanh pho|tp) ", "");
    }
}
