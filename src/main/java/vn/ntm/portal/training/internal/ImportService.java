package vn.ntm.portal.training.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.Candidate;
import vn.ntm.portal.training.imports.DayMonthOrder;
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
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.imports.YouTubeReport;
import vn.ntm.portal.training.imports.ZoomMeetingReport;
import vn.ntm.portal.training.imports.ZoomPeople;
import vn.ntm.portal.training.imports.ZoomPerson;
import vn.ntm.portal.training.imports.ZoomQaReport;
import vn.ntm.portal.training.imports.ZoomWebinarReport;

/**
 * Stores platform reports of a session, all or nothing, in one transaction: the raw file with its SHA-256 and the
 * parser version ({@code training_import}); Zoom people with their intervals (written with one COPY), matched to the
 * programme's registrations, the rest in the review queue; the session's attendance recomputed; anonymous reach;
 * webinar Q&amp;A questions into the questions per topic. The same file for the same session is recognised by its hash
 * and nothing is counted twice; a newer file of the same kind supersedes the older one (whose figures are replaced and
 * whose row is kept with {@code superseded_by}). A file with any error stores nothing.
 */
@Service
public class ImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    /** The largest file accepted (the multipart limit of the application is the same figure). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String TOO_LARGE = "Tệp quá lớn: tối đa 20 MB. Hãy xuất báo cáo theo từng buổi, hoặc nén bớt cột không cần.";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TrainingStore store;
    private final ImportAttendance attendance;
    private final AuditApi audit;
    private final TransactionTemplate tx;

    ImportService(JdbcClient jdbc, DataSource dataSource, TrainingStore store, ImportAttendance attendance, AuditApi audit,
                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.store = store;
        this.attendance = attendance;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Imports a report of any known kind. */
    public ImportOutcome importReport(long sessionId, String fileName, byte[] content, ZoneId zone, String actor) {
        return importReport(sessionId, null, fileName, content, zone, actor);
    }

    /**
     * Imports a report that must be of {@code expected} (null: any kind).
     *
     * @param zone the time zone the platform wrote its times in; null: the programme's {@code import_time_zone}
     */
    public ImportOutcome importReport(long sessionId, ReportKind expected, String fileName, byte[] content, ZoneId zone, String actor) {
        Session session = session(sessionId).orElseThrow(() -> new IllegalArgumentException("no session " + sessionId));
        if (content == null || content.length == 0) {
            return ImportOutcome.refused("Tệp rỗng: hãy chọn tệp báo cáo tải từ nền tảng.");
        }
        if (content.length > MAX_BYTES) {
            return ImportOutcome.refused(TOO_LARGE);
        }
        String name = fileName(fileName);
        String sha = ReportImports.sha256(content);
        // the same file again: recognised before it is parsed (checked again under the session's lock when storing)
        Optional<ImportOutcome> known = duplicate(session.id(), sha, null);
        if (known.isPresent()) {
            return known.get();
        }
        ZoneId z = zone != null ? zone : programmeZone(session.programmeId());
        long t0 = System.nanoTime();
        ImportResult result = ReportImports.parse(expected, name, content, new ImportOptions(z, DayMonthOrder.FORMAT_DEFAULT));
        if (!result.acceptable()) {
            return ImportOutcome.refused(result.kind(), result.warnings(), result.errors());
        }
        try {
            long t1 = System.nanoTime();
            ImportOutcome outcome = tx.execute(status -> store(session, result, name, content, sha, z, actor));
            log.info("Nhập {} ({} byte, {} dòng) cho buổi {}: đọc tệp {} ms, lưu {} ms", name, content.length, outcome.rows(), session.id(),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            if (outcome.status() == ImportOutcome.Status.STORED) {
                audit.record("training.report-imported", "training_import", String.valueOf(outcome.importId()), null,
                        auditAfter(session, name, sha, outcome));
            }
            return outcome;
        } catch (DuplicateKeyException raced) {
            // the same file stored by another request between our check and our insert
            return duplicate(session.id(), sha, result.kind()).orElseThrow(() -> raced);
        }
    }

    private static Map<String, Object> auditAfter(Session session, String name, String sha, ImportOutcome o) {
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("session", session.id());
        after.put("kind", o.kind().name());
        after.put("file", name);
        after.put("sha256", sha);
        after.put("rows", o.rows());
        after.put("people", o.people());
        after.put("matched", o.matched());
        after.put("review", o.review());
        after.put("questions", o.questions());
        if (o.supersededId() != null) {
            after.put("supersedes", o.supersededId());
        }
        return after;
    }

    private ImportOutcome store(Session session, ImportResult result, String name, byte[] content, String sha, ZoneId zone, String actor) {
        // one import at a time per session: supersession and the attendance recompute see a settled state
        jdbc.sql("SELECT id FROM training_session WHERE id = ? FOR UPDATE").param(session.id()).query(Long.class).single();
        Optional<ImportOutcome> dup = duplicate(session.id(), sha, result.kind());
        if (dup.isPresent()) {
            return dup.get();
        }
        ReportKind kind = result.kind();
        int rows = rowCount(result);
        long importId = jdbc.sql("""
                INSERT INTO training_import (programme_id, session_id, kind, file_name, sha256, size_bytes, content, parser_version,
                                             time_zone, row_count, warnings, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(session.programmeId(), session.id(), kind.name(), name, sha, content.length, content, ReportImports.PARSER_VERSION,
                        zone.getId(), rows, result.warnings().toArray(String[]::new), actor)
                .query(Long.class).single();
        Long superseded = supersede(session.id(), kind, importId);
        Interval window = new Interval(session.startsAt(), session.endsAt());
        int people = 0;
        int matched = 0;
        int review = 0;
        int questions = 0;
        if (result instanceof ZoomMeetingReport m) {
            int[] counts = people(session, importId, ZoomPeople.group(m.intervals()), window);
            people = counts[0];
            matched = counts[1];
            review = counts[2];
            reach(session.id(), importId, ReachFigures.of(m, window));
        } else if (result instanceof ZoomWebinarReport w) {
            int[] counts = people(session, importId, ZoomPeople.group(w, provinceQuestion(w.questionColumns())), window);
            people = counts[0];
            matched = counts[1];
            review = counts[2];
            reach(session.id(), importId, ReachFigures.of(w, window));
        } else if (result instanceof ZoomQaReport q) {
            questions = questions(session, importId, q.questions());
        } else if (result instanceof YouTubeReport y) {
            reach(session.id(), importId, ReachFigures.of(y));
        } else if (result instanceof FacebookReport f) {
            reach(session.id(), importId, ReachFigures.of(f));
        } else {
            throw new IllegalStateException("not storable: " + kind);
        }
        if (kind == ReportKind.ZOOM_MEETING || kind == ReportKind.ZOOM_WEBINAR) {
            attendance.recompute(session.id());
        }
        return new ImportOutcome(ImportOutcome.Status.STORED, importId, kind, null, superseded, rows, people, matched, review, questions,
                result.warnings(), List.of());
    }

    private Optional<ImportOutcome> duplicate(long sessionId, String sha, ReportKind kind) {
        return jdbc.sql("SELECT id, imported_at, row_count, kind FROM training_import WHERE session_id = ? AND sha256 = ?")
                .params(sessionId, sha)
                .query((rs, i) -> new ImportOutcome(ImportOutcome.Status.DUPLICATE, rs.getLong(1), ReportKind.valueOf(rs.getString(4)),
                        rs.getTimestamp(2).toInstant(), null, rs.getInt(3), 0, 0, 0, 0, List.of(), List.of()))
                .optional();
    }

    /** Marks the current import of the same kind as replaced by {@code importId} and removes the figures it gave. */
    private Long supersede(long sessionId, ReportKind kind, long importId) {
        List<Long> old = jdbc.sql("""
                UPDATE training_import SET superseded_by = ? WHERE session_id = ? AND kind = ? AND superseded_by IS NULL AND id <> ?
                RETURNING id""").params(importId, sessionId, kind.name(), importId).query(Long.class).list();
        for (long id : old) {
            jdbc.sql("DELETE FROM training_zoom_person WHERE import_id = ?").param(id).update();
            jdbc.sql("DELETE FROM training_reach WHERE import_id = ?").param(id).update();
            // questions nobody has handled yet are replaced; approved, rejected or answered ones stay
            jdbc.sql("DELETE FROM training_ask WHERE import_id = ? AND status = 'PENDING' AND answered_at IS NULL").param(id).update();
        }
        return old.isEmpty() ? null : old.get(0);
    }

    /** Stores the people (matched or for review) and their intervals; {people, matched, review}. */
    private int[] people(Session session, long importId, List<ZoomPerson> people, Interval window) {
        if (people.isEmpty()) {
            return new int[3];
        }
        RegistrationMatcher matcher = new RegistrationMatcher(candidates(session.programmeId()), provinceResolver(session.programmeId()));
        MatchResult result = matcher.match(people);
        List<MatchResult.Match> matches = result.matches();
        List<MatchResult.Review> review = result.review();
        // the lines are formatted as PostgreSQL reads them (CopyLines): formatting and COPY overlap, on two cores
        copy("COPY training_zoom_person (import_id, session_id, person_key, name, original_name, email, phone, registration_id, "
                + "match_method, review_state, review_reason, suggestions, seconds, joined_at, left_at) FROM STDIN",
                new CopyLines(matches.size() + review.size(), (i, sb) -> {
                    if (i < matches.size()) {
                        MatchResult.Match m = matches.get(i);
                        personLine(sb, importId, session.id(), m.person(), m.registrationId(), m.method().name(), "MATCHED", null, List.of(), window);
                    } else {
                        MatchResult.Review r = review.get(i - matches.size());
                        personLine(sb, importId, session.id(), r.person(), null, null, "PENDING", r.reason().name(), r.suggestions(), window);
                    }
                }));
        return new int[] {people.size(), result.matches().size(), result.review().size()};
    }

    private static void personLine(StringBuilder sb, long importId, long sessionId, ZoomPerson p, Long registrationId,
                                   String method, String state, String reason, List<Long> suggestions, Interval window) {
        sb.append(importId).append('\t').append(sessionId).append('\t');
        text(sb, p.key());
        sb.append('\t');
        text(sb, p.name() == null ? "" : p.name());
        sb.append('\t');
        text(sb, p.originalName() == null ? "" : p.originalName());
        sb.append('\t');
        text(sb, p.email());
        sb.append('\t');
        text(sb, p.phone());
        sb.append('\t').append(registrationId == null ? "\\N" : registrationId.toString()).append('\t');
        text(sb, method);
        sb.append('\t').append(state).append('\t');
        text(sb, reason);
        sb.append("\t{");
        for (int i = 0; i < suggestions.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(suggestions.get(i));
        }
        sb.append("}\t").append(IntervalUnion.seconds(p.intervals(), window)).append("\t{");
        // the intervals as two parallel arrays of instants (no character in them needs quoting in an array literal)
        List<Interval> intervals = p.intervals();
        for (int i = 0; i < intervals.size(); i++) {
            instant(sb.append(i == 0 ? "" : ","), intervals.get(i).start());
        }
        sb.append("}\t{");
        for (int i = 0; i < intervals.size(); i++) {
            instant(sb.append(i == 0 ? "" : ","), intervals.get(i).end());
        }
        sb.append("}\n");
    }

    /** {@code 2021-09-28T01:04:00Z} (ISO 8601 in UTC, as PostgreSQL reads it), without a formatter: a report has ~200,000. */
    static void instant(StringBuilder sb, Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            sb.append(at);
            return;
        }
        sb.append(year).append('-');
        two(sb, t.getMonthValue()).append('-');
        two(sb, t.getDayOfMonth()).append('T');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond());
        int nanos = at.getNano();
        if (nanos != 0) {
            String f = String.valueOf(1_000_000_000 + nanos);
            sb.append('.').append(f, 1, f.length());
        }
        sb.append('Z');
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** COPY text produced a few rows at a time, as the driver reads it, instead of all of it first in one string. */
    static final class CopyLines extends Reader {

        /** Appends line {@code index} (with its newline). */
        interface Line {
            void write(int index, StringBuilder into);
        }

        private final int lines;
        private final Line line;
        private final StringBuilder buffer = new StringBuilder(16_384);
        private int next;
        private int position;

        CopyLines(int lines, Line line) {
            this.lines = lines;
            this.line = line;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= buffer.length()) {
                buffer.setLength(0);
                position = 0;
                while (next < lines && buffer.length() < 8_192) {
                    line.write(next++, buffer);
                }
                if (buffer.isEmpty()) {
                    return -1;
                }
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, into, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** A value in COPY's text format: null as {@code \N}, backslash and control characters escaped. */
    static void text(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c != 0) {
                        sb.append(c);
                    }
                }
            }
        }
    }

    private void copy(String sql, Reader data) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, data);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private void reach(long sessionId, long importId, Reach r) {
        jdbc.sql("""
                INSERT INTO training_reach (session_id, platform, import_id, views, peak_concurrent, average_concurrent, watch_time_hours,
                                            reported_views, reported_peak)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, r.platform().name(), importId, r.views(), r.peakConcurrent(), r.averageConcurrent(),
                        r.watchTimeHours() == null ? null : r.watchTimeHours().min(new BigDecimal("999999999999.99")),
                        r.reportedViews(), r.reportedPeakConcurrent())
                .update();
    }

    private int questions(Session session, long importId, List<QaQuestion> questions) {
        List<Long> topics = jdbc.sql("SELECT topic_id FROM training_session_topic WHERE session_id = ?").param(session.id())
                .query(Long.class).list();
        Long topic = topics.size() == 1 ? topics.get(0) : null;
        Map<String, Long> byEmail = new HashMap<>();
        for (Candidate c : candidates(session.programmeId())) {
            if (c.email() != null) {
                byEmail.putIfAbsent(c.email().strip().toLowerCase(Locale.ROOT), c.id());
            }
        }
        // a question already kept from a superseded file (handled by someone) is not added again
        List<String> kept = jdbc.sql("SELECT body FROM training_ask WHERE session_id = ? AND source = 'ZOOM'").param(session.id())
                .query(String.class).list();
        int n = 0;
        for (QaQuestion q : questions) {
            String body = q.question() == null ? "" : q.question().strip();
            if (body.isEmpty() || kept.contains(body)) {
                continue;
            }
            if (body.length() > 4000) {
                body = body.substring(0, 4000);
            }
            Long registration = q.askerEmail() == null ? null : byEmail.get(q.askerEmail().strip().toLowerCase(Locale.ROOT));
            jdbc.sql("""
                    INSERT INTO training_ask (programme_id, topic_id, session_id, registration_id, source, import_id, import_row, asker_name,
                                              body, status, created_at)
                    VALUES (?, ?, ?, ?, 'ZOOM', ?, ?, ?, ?, 'PENDING', coalesce(?, now()))""")
                    .params(session.programmeId(), topic, session.id(), registration, importId, q.row(),
                            asker(q.askerName()), body, q.askedAt() == null ? null : Timestamp.from(q.askedAt()))
                    .update();
            n++;
        }
        return n;
    }

    /** Zoom writes "Anonymous Attendee" for anonymous questions: stored as no name. */
    static String asker(String name) {
        if (name == null || name.isBlank() || name.strip().toLowerCase(Locale.ROOT).startsWith("anonymous")) {
            return "";
        }
        return name.strip();
    }

    private static int rowCount(ImportResult result) {
        if (result instanceof ZoomMeetingReport m) {
            return m.intervals().size();
        } else if (result instanceof ZoomWebinarReport w) {
            return w.hosts().size() + w.panelists().size() + w.attendees().size() + w.others().size();
        } else if (result instanceof ZoomQaReport q) {
            return q.questions().size();
        } else if (result instanceof YouTubeReport y) {
            return y.videos().size();
        } else if (result instanceof FacebookReport f) {
            return f.rows().size();
        }
        return 0;
    }

    /** The webinar's custom registration question that asks for the province, if any. */
    static String provinceQuestion(List<String> columns) {
        for (String c : columns) {
            String f = VietnameseText.fold(c).toLowerCase(Locale.ROOT);
            if (f.contains("tinh") || f.contains("province")) {
                return c;
            }
        }
        return null;
    }

    List<Candidate> candidates(long programmeId) {
        return jdbc.sql("SELECT id, full_name, email, phone, province_code FROM training_registration WHERE programme_id = ?")
                .param(programmeId)
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Free text naming a province ("Nghệ An", "Sở NN Hà Tĩnh", "40") → its code in the programme's list, or null. */
    Function<String, String> provinceResolver(long programmeId) {
        int version = jdbc.sql("SELECT province_version FROM training_programme WHERE id = ?").param(programmeId).query(Integer.class).single();
        List<Province> provinces = store.provinces(version);
        List<String[]> names = new ArrayList<>();
        for (Province p : provinces) {
            String n = VietnameseText.fold(p.name()).toLowerCase(Locale.ROOT).replaceFirst("^(tinh|thanh pho) ", "");
            names.add(new String[] {" " + n + " ", p.code()});
        }
        names.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        return text -> {
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.strip();
            if (t.matches("\\d{2}")) {
                return provinces.stream().anyMatch(p -> p.code().equals(t)) ? t : null;
            }
            String f = " " + VietnameseText.fold(t).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            for (String[] n : names) {
                if (f.contains(n[0])) {
                    return n[1];
                }
            }
            return null;
        };
    }

    private Optional<Session> session(long id) {
        return jdbc.sql("SELECT * FROM training_session WHERE id = ?").param(id).query(TrainingStore.SESSION).optional();
    }

    ZoneId programmeZone(long programmeId) {
        String zone = jdbc.sql("SELECT import_time_zone FROM training_programme WHERE id = ?").param(programmeId).query(String.class).single();
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ImportOptions.VIETNAM;
        }
    }

    private static String fileName(String name) {
        String n = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = "bao-cao.csv";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    /** For screens: when a duplicate was first imported. */
    static String when(Instant at) {
        return vn.ntm.portal.shared.VietnameseFormat.dateTime(at);
    }
}
