package vn.ntm.portal.training.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.imports.AttendanceStatus;
import vn.ntm.portal.training.imports.MatchMethod;
import vn.ntm.portal.training.imports.Platform;
import vn.ntm.portal.training.imports.Reach;
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.imports.ReviewReason;

/** Reads of imports, attendance, the review queue and reach for the organisers' screens. */
@Component
public class ImportStore {

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored import, without its bytes. */
    public record ImportRow(long id, long sessionId, ReportKind kind, String fileName, String sha256, long sizeBytes, int rowCount,
                            List<String> warnings, Long supersededBy, String importedBy, Instant importedAt, String timeZone) {

        public String hashPrefix() {
            return sha256.substring(0, 12);
        }

        public String importedAtText() {
            return VietnameseFormat.dateTime(importedAt);
        }

        public String rowsText() {
            return VietnameseFormat.number(rowCount);
        }

        public String sizeText() {
            return sizeBytes < 1024 * 1024 ? VietnameseFormat.number(Math.max(1, sizeBytes / 1024)) + " KB"
                    : VietnameseFormat.oneDecimal(sizeBytes / (1024.0 * 1024.0)) + " MB";
        }
    }

    public List<ImportRow> imports(long programmeId) {
        return jdbc.sql("""
                SELECT id, session_id, kind, file_name, sha256, size_bytes, row_count, warnings, superseded_by, imported_by, imported_at, time_zone
                  FROM training_import WHERE programme_id = ? ORDER BY imported_at DESC, id DESC""").param(programmeId)
                .query((rs, i) -> new ImportRow(rs.getLong(1), rs.getLong(2), ReportKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getInt(7), TrainingStore.strings(rs.getArray(8)), (Long) rs.getObject(9, Long.class), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), rs.getString(12)))
                .list();
    }

    public Optional<ImportRow> importRow(long programmeId, long importId) {
        return imports(programmeId).stream().filter(r -> r.id() == importId).findFirst();
    }

    /** The raw file as uploaded. */
    public Optional<byte[]> content(long programmeId, long importId) {
        return jdbc.sql("SELECT content FROM training_import WHERE id = ? AND programme_id = ?").params(importId, programmeId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** A line of the attendance table. */
    public record AttendanceRow(long registrationId, String fullName, String code, String provinceName, long minutes, int percent,
                                AttendanceStatus status, Instant firstJoin) {

        public String displayCode() {
            return PersonalCodes.display(code);
        }

        public String minutesText() {
            return VietnameseFormat.number(minutes);
        }

        public String firstJoinText() {
            return firstJoin == null ? "—" : VietnameseFormat.dateTime(firstJoin);
        }
    }

    /**
     * The session's attendance: every registrant with a computed row, and every registrant on Zoom (registered) without
     * one, who is absent; by name.
     */
    public List<AttendanceRow> attendance(long programmeId, long sessionId) {
        return jdbc.sql("""
                SELECT r.id, r.full_name, r.code, p.name, coalesce(a.minutes, 0), coalesce(a.percent, 0), coalesce(a.status, 'ABSENT'), a.first_join
                  FROM training_registration r JOIN province p ON p.version = r.province_version AND p.code = r.province_code
                  LEFT JOIN training_attendance a ON a.registration_id = r.id AND a.session_id = ?
                 WHERE r.programme_id = ? AND (a.registration_id IS NOT NULL OR (r.status = 'REGISTERED' AND r.channel = 'ZOOM'))
                 ORDER BY CASE coalesce(a.status, 'ABSENT') WHEN 'PRESENT' THEN 0 WHEN 'LATE' THEN 1 ELSE 2 END, r.full_name, r.id""")
                .params(sessionId, programmeId)
                .query((rs, i) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getInt(6),
                        AttendanceStatus.valueOf(rs.getString(7)), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** A suggested or found registration for the review queue. */
    public record Suggestion(long id, String fullName, String code, String provinceName, String email, String phone) {

        public String displayCode() {
            return PersonalCodes.display(code);
        }
    }

    /** A Zoom person waiting for review. */
    public record ReviewRow(long id, String name, String originalName, String email, String phone, ReviewReason reason, long seconds,
                            List<Suggestion> suggestions) {

        public String minutesText() {
            return VietnameseFormat.number(seconds / 60);
        }

        public boolean renamed() {
            return originalName != null && !originalName.isBlank() && !originalName.equals(name);
        }
    }

    public long pendingCount(long sessionId) {
        return jdbc.sql("SELECT count(*) FROM training_zoom_person WHERE session_id = ? AND review_state = 'PENDING'").param(sessionId)
                .query(Long.class).single();
    }

    /** Counts of the session's Zoom people by review state (MATCHED, PENDING, DISMISSED). */
    public Map<String, Long> reviewCounts(long sessionId) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT review_state, count(*) FROM training_zoom_person WHERE session_id = ? GROUP BY review_state").param(sessionId)
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    public List<ReviewRow> review(long sessionId, long offset, int limit) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT id, name, original_name, email, phone, review_reason, seconds, suggestions FROM training_zoom_person
                 WHERE session_id = ? AND review_state = 'PENDING' ORDER BY seconds DESC, id OFFSET ? LIMIT ?""")
                .params(sessionId, offset, limit)
                .query((rs, i) -> rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), TrainingStore.longs(rs.getArray(8))}))
                .list();
        List<Long> ids = new ArrayList<>();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            List<Long> s = (List<Long>) r[7];
            ids.addAll(s);
        }
        Map<Long, Suggestion> byId = new LinkedHashMap<>();
        for (Suggestion s : registrations(ids)) {
            byId.put(s.id(), s);
        }
        List<ReviewRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            List<Long> s = (List<Long>) r[7];
            out.add(new ReviewRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? ReviewReason.NOT_FOUND : ReviewReason.valueOf((String) r[5]), (Long) r[6],
                    s.stream().map(byId::get).filter(x -> x != null).toList()));
        }
        return out;
    }

    private List<Suggestion> registrations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.full_name, r.code, p.name, r.email, r.phone FROM training_registration r
                  JOIN province p ON p.version = r.province_version AND p.code = r.province_code WHERE r.id = ANY (?)""")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Registrations of the programme whose name, organisation, e-mail or phone contains the text (accents ignored). */
    public List<Suggestion> search(long programmeId, String text, int limit) {
        String q = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                SELECT r.id, r.full_name, r.code, p.name, r.email, r.phone FROM training_registration r
                  JOIN province p ON p.version = r.province_version AND p.code = r.province_code
                 WHERE r.programme_id = ? AND r.search_folded LIKE '%' || document_fold(?) || '%' ORDER BY r.full_name, r.id LIMIT ?""")
                .params(programmeId, q, limit)
                .query((rs, i) -> new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public Optional<Long> registrationIdByCode(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM training_registration WHERE programme_id = ? AND code = ?").params(programmeId, code)
                .query(Long.class).optional();
    }

    /** A reach row: from an import (file name given) or entered by hand. */
    public record ReachRow(long id, long sessionId, Platform platform, Long importId, String fileName, Long views, Long peakConcurrent,
                           Long averageConcurrent, BigDecimal watchTimeHours, Long reportedViews, Long reportedPeak, String note,
                           String enteredBy, Instant updatedAt) {

        public boolean manual() {
            return importId == null;
        }

        public String viewsText() {
            return Reach.label(views);
        }

        public String peakText() {
            return Reach.label(peakConcurrent);
        }

        public String averageText() {
            return Reach.label(averageConcurrent);
        }

        public String hoursText() {
            return watchTimeHours == null ? "—" : VietnameseFormat.oneDecimal(watchTimeHours.doubleValue()) + " giờ";
        }

        public String reportedText() {
            if (reportedViews == null && reportedPeak == null) {
                return "";
            }
            return "Zoom ghi: " + Reach.label(reportedViews) + " người xem khác nhau, tối đa cùng lúc " + Reach.label(reportedPeak);
        }
    }

    /** Current reach rows of the programme (superseded imports' rows are gone), by session and platform. */
    public List<ReachRow> reach(long programmeId) {
        return jdbc.sql("""
                SELECT r.id, r.session_id, r.platform, r.import_id, i.file_name, r.views, r.peak_concurrent, r.average_concurrent, r.watch_time_hours,
                       r.reported_views, r.reported_peak, r.note, r.entered_by, r.updated_at
                  FROM training_reach r JOIN training_session s ON s.id = r.session_id LEFT JOIN training_import i ON i.id = r.import_id
                 WHERE s.programme_id = ? ORDER BY s.starts_at, s.number, r.platform, r.import_id NULLS LAST""").param(programmeId)
                .query((rs, i) -> new ReachRow(rs.getLong(1), rs.getLong(2), Platform.valueOf(rs.getString(3)), (Long) rs.getObject(4, Long.class),
                        rs.getString(5), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class),
                        rs.getBigDecimal(9), (Long) rs.getObject(10, Long.class), (Long) rs.getObject(11, Long.class), rs.getString(12),
                        rs.getString(13), rs.getTimestamp(14).toInstant()))
                .list();
    }

    /** For labels: method names shown beside a match. */
    public static String methodLabel(String method) {
        return method == null ? "" : MatchMethod.valueOf(method).label();
    }
}
