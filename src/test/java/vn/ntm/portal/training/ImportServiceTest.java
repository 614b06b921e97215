package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.imports.AttendanceRules;
import vn.ntm.portal.training.imports.ImportError;
import vn.ntm.portal.training.imports.ImportOptions;
import vn.ntm.portal.training.imports.ReportImports;
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.internal.ImportAttendance;
import vn.ntm.portal.training.internal.ImportOutcome;
import vn.ntm.portal.training.internal.ImportService;

/**
 * Imports stored: all or nothing, the same file recognised by its hash, a newer file superseding the older, Zoom people
 * matched (e-mail, phone, name in the province) with the rest in the review queue, attendance as the union of intervals
 * clipped to the session under the programme's rules, manual matches and rule changes recomputing it, reach kept apart
 * from people, webinar questions into the questions per topic; files in UTF-16 and Windows-1258 and Excel-mangled ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportServiceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;
    @Autowired
    ImportAttendance attendance;

    static byte[] fixture(String name) {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/training/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A programme whose one session is 28/09/2021 08:00–11:30 in Vietnam (63 provinces), as the meeting fixtures. */
    private Fixture programmeOn(LocalDate day) {
        return new TrainingFixtures(jdbc).programme("Tập huấn nhập số liệu", Instant.now().plus(Duration.ofDays(1)), false, day);
    }

    long register(Fixture f, String name, String email, String phone, String province) {
        return jdbc.sql("""
                INSERT INTO training_registration (programme_id, code, full_name, province_version, province_code, phone, email, category,
                                                   channel_wanted, channel, status, consent_version, consent_at)
                VALUES (?, ?, ?, 2004, ?, ?, ?, 'OFFICIAL', 'ZOOM', 'ZOOM', 'REGISTERED', 'ND13-2023-tap-huan-v1', now()) RETURNING id""")
                .params(f.id(), PersonalCodes.generate(), name, province, phone, email).query(Long.class).single();
    }

    private ImportOutcome load(Fixture f, String file) {
        return imports.importReport(f.sessionId(), file, fixture(file), ImportOptions.VIETNAM, "thu-nghiem");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(Arrays.asList(params)).query(Long.class).single();
    }

    /** registration id → {minutes, percent, status}. */
    private Map<Long, List<Object>> attendanceOf(long sessionId) {
        Map<Long, List<Object>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT registration_id, minutes, percent, status FROM training_attendance WHERE session_id = ?").param(sessionId)
                .query((rs, i) -> out.put(rs.getLong(1), List.of(rs.getInt(2), rs.getInt(3), rs.getString(4)))).list();
        return out;
    }

    private long person(long sessionId, String name) {
        return jdbc.sql("SELECT id FROM training_zoom_person WHERE session_id = ? AND name = ?").params(sessionId, name).query(Long.class).single();
    }

    @Test
    void aMeetingReportIsStoredMatchedAndGivesAttendanceWhileReachStaysApart() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        long an = register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        long binh = register(f, "Trần Thị Bình", "binh.tt@example.vn", null, "42");
        long cuong = register(f, "Lê Hoàng Cường", "cuong.lh@example.vn", null, "01");
        long phone = register(f, "Đỗ Minh Châu", null, "+84912345678", "38");

        ImportOutcome o = load(f, "zoom-meeting-classic.csv");

        assertThat(o.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(o.kind()).isEqualTo(ReportKind.ZOOM_MEETING);
        assertThat(o.rows()).isEqualTo(8);
        // the organiser, An (two rows), Bình (two rows, e-mail in two cases), Cường, Phạm Thu, the dial-in number
        assertThat(o.people()).isEqualTo(6);
        assertThat(o.matched()).isEqualTo(3);
        assertThat(o.review()).isEqualTo(3);
        byte[] raw = fixture("zoom-meeting-classic.csv");
        Map<String, Object> stored = jdbc.sql("SELECT sha256, parser_version, content, time_zone, row_count, imported_by, superseded_by FROM training_import WHERE id = ?")
                .param(o.importId()).query().singleRow();
        assertThat(stored.get("sha256")).isEqualTo(ReportImports.sha256(raw));
        assertThat(stored.get("parser_version")).isEqualTo(ReportImports.PARSER_VERSION);
        assertThat((byte[]) stored.get("content")).isEqualTo(raw);
        assertThat(stored.get("time_zone")).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(stored.get("row_count")).isEqualTo(8);
        assertThat(stored.get("imported_by")).isEqualTo("thu-nghiem");
        assertThat(stored.get("superseded_by")).isNull();
        assertThat(count("SELECT sum(cardinality(joined_at)) FROM training_zoom_person WHERE import_id = ?", o.importId()))
                .isEqualTo(8);

        Map<Long, List<Object>> a = attendanceOf(f.sessionId());
        // An: 08:00–09:10 and 09:12–11:30 clipped to the session = 208 of 210 minutes
        assertThat(a.get(an)).containsExactly(208, 99, "PRESENT");
        // Bình: 08:20–10:00 and 09:30–11:00 overlap: the union is 160 minutes, not 190; first in 20 minutes late
        assertThat(a.get(binh)).containsExactly(160, 76, "LATE");
        // the dial-in participant whose Zoom name is a phone number: 120 minutes, under 60 % of the session
        assertThat(a.get(phone)).containsExactly(120, 57, "ABSENT");
        assertThat(a).doesNotContainKey(cuong).hasSize(3);
        assertThat(jdbc.sql("SELECT match_method FROM training_zoom_person WHERE registration_id = ?").param(phone).query(String.class).single())
                .isEqualTo("PHONE");

        // the guest "Le Hoang Cuong" fits Cường's name but nothing tells his province: the queue, with Cường suggested
        Map<String, Object> review = jdbc.sql("SELECT review_state, review_reason, suggestions, seconds FROM training_zoom_person WHERE id = ?")
                .param(person(f.sessionId(), "Le Hoang Cuong")).query().singleRow();
        assertThat(review.get("review_state")).isEqualTo("PENDING");
        assertThat(review.get("review_reason")).isEqualTo("NO_PROVINCE");
        assertThat(review.get("seconds")).isEqualTo(38 * 60);
        assertThat(jdbc.sql("SELECT suggestions FROM training_zoom_person WHERE id = ?").param(person(f.sessionId(), "Le Hoang Cuong"))
                .query((rs, i) -> Arrays.asList((Long[]) rs.getArray(1).getArray())).single()).containsExactly(cuong);

        // reach: every attendance row is a visit ("lượt"); it is not a count of people and not added to attendance
        Map<String, Object> reach = jdbc.sql("SELECT platform, views, peak_concurrent FROM training_reach WHERE import_id = ?").param(o.importId())
                .query().singleRow();
        assertThat(reach.get("platform")).isEqualTo("ZOOM");
        assertThat(reach.get("views")).isEqualTo(8L);
        assertThat(count("SELECT count(*) FROM training_attendance WHERE session_id = ?", f.sessionId())).isEqualTo(3);
        assertThat(AuditRows.count(jdbc, "training_import", o.importId(), "training.report-imported")).isEqualTo(1);
    }

    @Test
    void aManualMatchADismissalAndNewRulesRecomputeTheMinutes() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        long cuong = register(f, "Lê Hoàng Cường", "cuong.lh@example.vn", null, "01");
        load(f, "zoom-meeting-classic.csv");
        long guest = person(f.sessionId(), "Le Hoang Cuong");

        ImportAttendance.Person p = attendance.person(f.id(), guest).orElseThrow();
        assertThat(attendance.match(p, cuong, "thu-nghiem")).isTrue();
        assertThat(attendanceOf(f.sessionId()).get(cuong)).containsExactly(38, 18, "ABSENT");
        Map<String, Object> matched = jdbc.sql("SELECT review_state, match_method, registration_id, reviewed_by FROM training_zoom_person WHERE id = ?")
                .param(guest).query().singleRow();
        assertThat(matched).containsEntry("review_state", "MATCHED").containsEntry("match_method", "MANUAL").containsEntry("registration_id", cuong)
                .containsEntry("reviewed_by", "thu-nghiem");
        assertThat(AuditRows.count(jdbc, "training_zoom_person", guest, "training.attendee-matched")).isEqualTo(1);

        // a registration of another programme is refused
        Fixture other = programmeOn(LocalDate.of(2021, 9, 28));
        long stranger = register(other, "Người khác", "khac@example.vn", null, "01");
        long organiser = person(f.sessionId(), "Ban tổ chức");
        assertThat(attendance.match(attendance.person(f.id(), organiser).orElseThrow(), stranger, "thu-nghiem")).isFalse();
        assertThat(attendance.person(f.id(), organiser)).isPresent();
        assertThat(attendance.person(other.id(), organiser)).isEmpty();

        attendance.dismiss(attendance.person(f.id(), organiser).orElseThrow(), "thu-nghiem");
        assertThat(jdbc.sql("SELECT review_state FROM training_zoom_person WHERE id = ?").param(organiser).query(String.class).single())
                .isEqualTo("DISMISSED");
        assertThat(AuditRows.count(jdbc, "training_zoom_person", organiser, "training.attendee-dismissed")).isEqualTo(1);

        // 30 minutes now suffice: Cường's 38 minutes from 08:02 count as present, not late
        attendance.saveRules(f.id(), new AttendanceRules(30, 60, 15), "Asia/Ho_Chi_Minh");
        assertThat(attendanceOf(f.sessionId()).get(cuong)).containsExactly(38, 18, "PRESENT");
        assertThat(AuditRows.count(jdbc, "training_programme", f.id(), "training.attendance-rules-updated")).isEqualTo(1);
    }

    /** The dashboard's tally (V33 triggers) against a count of the attendance rows themselves. */
    private Map<String, Long> tally(long sessionId) {
        Map<String, Long> kept = new TreeMap<>();
        jdbc.sql("SELECT status, n FROM training_attendance_tally WHERE session_id = ? AND n > 0").param(sessionId)
                .query((rs, i) -> kept.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> counted = new TreeMap<>();
        jdbc.sql("SELECT status, count(*) FROM training_attendance WHERE session_id = ? GROUP BY status").param(sessionId)
                .query((rs, i) -> counted.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(kept).isEqualTo(counted);
        return kept;
    }

    @Test
    void theAttendanceTallyFollowsImportsDecisionsRulesAndDeletions() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        long binh = register(f, "Trần Thị Bình", "binh.tt@example.vn", null, "42");
        long cuong = register(f, "Lê Hoàng Cường", "cuong.lh@example.vn", null, "01");
        assertThat(tally(f.sessionId())).isEmpty();

        load(f, "zoom-meeting-classic.csv");
        long before = tally(f.sessionId()).values().stream().mapToLong(Long::longValue).sum();
        assertThat(before).isEqualTo(count("SELECT count(*) FROM training_attendance WHERE session_id = ?", f.sessionId())).isPositive();

        attendance.match(attendance.person(f.id(), person(f.sessionId(), "Le Hoang Cuong")).orElseThrow(), cuong, "thu-nghiem");
        assertThat(tally(f.sessionId()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before + 1);

        attendance.saveRules(f.id(), new AttendanceRules(30, 60, 15), "Asia/Ho_Chi_Minh");
        tally(f.sessionId());

        // an update and a delete made outside the recompute
        jdbc.sql("UPDATE training_attendance SET status = 'ABSENT' WHERE session_id = ? AND registration_id = ?").params(f.sessionId(), binh).update();
        tally(f.sessionId());
        jdbc.sql("DELETE FROM training_attendance WHERE session_id = ? AND registration_id = ?").params(f.sessionId(), cuong).update();
        assertThat(tally(f.sessionId()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);

        // the session deleted: its attendance and its tally go with it (cascade)
        jdbc.sql("DELETE FROM training_session WHERE id = ?").param(f.sessionId()).update();
        assertThat(count("SELECT count(*) FROM training_attendance_tally WHERE session_id = ?", f.sessionId())).isZero();
    }

    @Test
    void peopleNeedTheirImportOfTheirSessionAndGoWithIt() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        Fixture other = programmeOn(LocalDate.of(2021, 9, 28));
        ImportOutcome o = load(f, "zoom-meeting-classic.csv");
        long people = count("SELECT count(*) FROM training_zoom_person WHERE import_id = ?", o.importId());
        assertThat(people).isPositive();

        // the checks V34 makes once per statement instead of a foreign key per row
        String insert = "INSERT INTO training_zoom_person (import_id, session_id, person_key, review_state) VALUES (?, ?, 'thu', 'PENDING')";
        assertThatThrownBy(() -> jdbc.sql(insert).params(o.importId() + 1_000_000, f.sessionId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params(o.importId(), other.sessionId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE training_zoom_person SET session_id = ? WHERE import_id = ?")
                .params(other.sessionId(), o.importId()).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE import_id = ?", o.importId())).isEqualTo(people);

        // deleting the session deletes its imports, and they their people
        jdbc.sql("DELETE FROM training_session WHERE id = ?").param(f.sessionId()).update();
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE import_id = ?", o.importId())).isZero();
    }

    @Test
    void aFileWithABadRowStoresNothingAndSaysWhichRows() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");

        ImportOutcome o = load(f, "zoom-meeting-bad-rows.csv");

        assertThat(o.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(o.importId()).isNull();
        assertThat(o.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.message()).startsWith("Dòng " + e.row() + ": "));
        assertThat(o.errors()).extracting(ImportError::row).contains(3, 4, 5);
        assertThat(count("SELECT count(*) FROM training_import WHERE session_id = ?", f.sessionId())).isZero();
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE session_id = ?", f.sessionId())).isZero();
        assertThat(count("SELECT count(*) FROM training_attendance WHERE session_id = ?", f.sessionId())).isZero();
        assertThat(count("SELECT count(*) FROM training_reach WHERE session_id = ?", f.sessionId())).isZero();

        // an Excel workbook is refused with the library's advice, and so is an empty file
        byte[] xlsx = {'P', 'K', 3, 4, 0, 0, 0, 0};
        ImportOutcome excel = imports.importReport(f.sessionId(), "diem-danh.xlsx", xlsx, null, "thu-nghiem");
        assertThat(excel.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(excel.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("Tệp Excel (.xlsx, .xls) không nhập trực tiếp được"));
        assertThat(imports.importReport(f.sessionId(), "rong.csv", new byte[0], null, "thu-nghiem").status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(count("SELECT count(*) FROM training_import WHERE session_id = ?", f.sessionId())).isZero();
    }

    @Test
    void theSameFileAgainIsRecognisedAndANewerOneSupersedesIt() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        long binh = register(f, "Trần Thị Bình", "binh.tt@example.vn", null, "42");
        ImportOutcome first = load(f, "zoom-meeting-classic.csv");
        long people = count("SELECT count(*) FROM training_zoom_person WHERE session_id = ?", f.sessionId());

        ImportOutcome again = imports.importReport(f.sessionId(), "ban-sao.csv", fixture("zoom-meeting-classic.csv"), ImportOptions.VIETNAM, "khac");
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(again.previousAt()).isNotNull();
        assertThat(count("SELECT count(*) FROM training_import WHERE session_id = ?", f.sessionId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE session_id = ?", f.sessionId())).isEqualTo(people);
        assertThat(count("SELECT count(*) FROM training_reach WHERE session_id = ?", f.sessionId())).isEqualTo(1);
        assertThat(attendanceOf(f.sessionId()).get(binh)).containsExactly(160, 76, "LATE");

        // a corrected export: Bình's second row is gone
        String corrected = new String(fixture("zoom-meeting-classic.csv"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("Trần Thị Bình,binh.tt@example.vn")).reduce("", (a, b) -> a + b + "\n");
        ImportOutcome newer = imports.importReport(f.sessionId(), "zoom-buoi-1-sua.csv", corrected.getBytes(StandardCharsets.UTF_8), null, "thu-nghiem");
        assertThat(newer.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(newer.supersededId()).isEqualTo(first.importId());
        assertThat(jdbc.sql("SELECT superseded_by FROM training_import WHERE id = ?").param(first.importId()).query(Long.class).single())
                .isEqualTo(newer.importId());
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE import_id = ?", first.importId())).isZero();
        assertThat(count("SELECT count(*) FROM training_reach WHERE import_id = ?", first.importId())).isZero();
        assertThat(count("SELECT count(*) FROM training_reach WHERE session_id = ?", f.sessionId())).isEqualTo(1);
        assertThat(attendanceOf(f.sessionId()).get(binh)).containsExactly(100, 47, "ABSENT");
        // the superseded file is still recognised
        assertThat(load(f, "zoom-meeting-classic.csv").status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
    }

    @Test
    void utf16KeepsItsVietnameseNamesAndWindows1258IsRefusedWithAdvice() {
        Fixture a = programmeOn(LocalDate.of(2021, 9, 28));
        long huong = register(a, "Nguyễn Thị Hương", "huong.nt@example.vn", null, "01");
        ImportOutcome utf16 = load(a, "zoom-meeting-utf16le-bom.txt");
        assertThat(utf16.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(jdbc.sql("SELECT name FROM training_zoom_person WHERE session_id = ? ORDER BY id").param(a.sessionId()).query(String.class).list())
                .containsExactlyInAnyOrder("Nguyễn Thị Hương", "Đinh Văn Tùng");
        assertThat(attendanceOf(a.sessionId()).get(huong)).containsExactly(120, 57, "ABSENT");

        // Windows-1258 (the legacy Vietnamese code page, combining accents) is refused with the advice to save as UTF-8
        Fixture b = programmeOn(LocalDate.of(2021, 9, 28));
        register(b, "Nguyễn Văn Đức", "duc.nv@example.vn", null, "01");
        ImportOutcome cp1258 = load(b, "zoom-meeting-windows-1258.csv");
        assertThat(cp1258.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(cp1258.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("Windows-1258").contains("CSV UTF-8"));
        assertThat(count("SELECT count(*) FROM training_import WHERE session_id = ?", b.sessionId())).isZero();
        assertThat(count("SELECT count(*) FROM training_zoom_person WHERE session_id = ?", b.sessionId())).isZero();
    }

    @Test
    void aWebinarReportRepairsAPhoneExcelShortenedAndRefusesIdsExcelMangled() {
        Fixture f = programmeOn(LocalDate.of(2021, 10, 18));
        long an = register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        // registered with another address: only the phone, whose leading zero Excel dropped, finds him
        long cuong = register(f, "Lê Văn Cường", "cuong.khac@example.vn", "+84912000111", "38");
        // the province question of the webinar ("Tỉnh/Thành phố: Hà Tĩnh") decides between two namesakes
        long binh = register(f, "Trần Thị Bình", "binh.khac@example.vn", null, "42");
        register(f, "Trần Thị Bình", "binh.ha.noi@example.vn", null, "01");

        ImportOutcome mangled = load(f, "zoom-webinar-excel-mangled.csv");
        assertThat(mangled.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(mangled.errors()).extracting(ImportError::row).containsExactly(3, 6);
        assertThat(count("SELECT count(*) FROM training_import WHERE session_id = ?", f.sessionId())).isZero();

        ImportOutcome o = load(f, "zoom-webinar-attendee-report.csv");
        assertThat(o.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("912000111").contains("0912000111"));
        assertThat(jdbc.sql("SELECT warnings FROM training_import WHERE id = ?").param(o.importId())
                .query((rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single()).isEqualTo(o.warnings());
        Map<Long, List<Object>> a = attendanceOf(f.sessionId());
        // 08:01–09:40 and 09:35–11:30: one overlap of five minutes, counted once
        assertThat(a.get(an)).containsExactly(209, 99, "PRESENT");
        assertThat(a.get(cuong)).containsExactly(175, 83, "PRESENT");
        assertThat(a.get(binh)).containsExactly(90, 42, "ABSENT");
        assertThat(jdbc.sql("SELECT match_method FROM training_zoom_person WHERE registration_id = ?").param(cuong).query(String.class).single())
                .isEqualTo("PHONE");
        assertThat(jdbc.sql("SELECT match_method FROM training_zoom_person WHERE registration_id = ?").param(binh).query(String.class).single())
                .isEqualTo("NAME");
        // reach: attendees' rows and the two "Other Attended", with Zoom's own figures beside
        Map<String, Object> reach = jdbc.sql("SELECT views, reported_views, reported_peak FROM training_reach WHERE import_id = ?").param(o.importId())
                .query().singleRow();
        assertThat(reach).containsEntry("views", 6L).containsEntry("reported_views", 4L).containsEntry("reported_peak", 3L);
    }

    @Test
    void webinarQuestionsGoToTheSessionsTopicAsPendingQuestions() {
        Fixture f = programmeOn(LocalDate.of(2021, 10, 18));
        long an = register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        ImportOutcome o = load(f, "zoom-webinar-qa.csv");
        assertThat(o.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(o.kind()).isEqualTo(ReportKind.ZOOM_QA);
        assertThat(o.questions()).isEqualTo(3);
        List<Map<String, Object>> asks = jdbc.sql("""
                SELECT topic_id, session_id, registration_id, source, import_row, asker_name, body, status FROM training_ask
                 WHERE import_id = ? ORDER BY import_row""").param(o.importId()).query().listOfRows();
        assertThat(asks).hasSize(3).allSatisfy(q -> assertThat(q).containsEntry("topic_id", f.topics().get(0)).containsEntry("session_id", f.sessionId())
                .containsEntry("source", "ZOOM").containsEntry("status", "PENDING"));
        assertThat(asks.get(0)).containsEntry("body", "Sản phẩm OCOP 3 sao cần những hồ sơ gì?").containsEntry("asker_name", "Nguyễn Văn An")
                .containsEntry("registration_id", an);
        assertThat(asks.get(1)).containsEntry("asker_name", "").containsEntry("registration_id", null);
        assertThat(asks).extracting(q -> q.get("import_row")).doesNotContainNull().doesNotHaveDuplicates();

        // a second topic on the session: the questions cannot be placed in one
        jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(f.sessionId(), f.topics().get(1)).update();
        String edited = new String(fixture("zoom-webinar-qa.csv"), StandardCharsets.UTF_8).replace("bao nhiêu chữ", "bao nhiêu từ");
        ImportOutcome newer = imports.importReport(f.sessionId(), "hoi-dap-2.csv", edited.getBytes(StandardCharsets.UTF_8), null, "thu-nghiem");
        assertThat(newer.supersededId()).isEqualTo(o.importId());
        assertThat(count("SELECT count(*) FROM training_ask WHERE import_id = ?", o.importId())).isZero();
        assertThat(count("SELECT count(*) FROM training_ask WHERE import_id = ? AND topic_id IS NULL", newer.importId())).isEqualTo(3);
    }

    @Test
    void youTubeAndFacebookExportsGiveReachInVisits() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        ImportOutcome yt = load(f, "youtube-studio-export.zip");
        assertThat(yt.status()).isEqualTo(ImportOutcome.Status.STORED);
        ImportOutcome fb = load(f, "facebook-posts.csv");
        assertThat(fb.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(jdbc.sql("SELECT platform FROM training_reach WHERE session_id = ? ORDER BY platform").param(f.sessionId()).query(String.class).list())
                .containsExactly("FACEBOOK", "YOUTUBE");
        assertThat(count("SELECT count(*) FROM training_reach WHERE session_id = ? AND views > 0", f.sessionId())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM training_attendance WHERE session_id = ?", f.sessionId())).isZero();

        attendance.saveManualReach(f.sessionId(), "YOUTUBE", null, 1200L, 800L, "Ảnh chụp màn hình", "thu-nghiem");
        attendance.saveManualReach(f.sessionId(), "YOUTUBE", 5000L, 1300L, 800L, "Sửa", "thu-nghiem");
        Map<String, Object> manual = jdbc.sql("SELECT views, peak_concurrent, average_concurrent, note FROM training_reach WHERE session_id = ? AND import_id IS NULL")
                .param(f.sessionId()).query().singleRow();
        assertThat(manual).containsEntry("views", 5000L).containsEntry("peak_concurrent", 1300L).containsEntry("average_concurrent", 800L)
                .containsEntry("note", "Sửa");
        assertThat(AuditRows.count(jdbc, "training_session", f.sessionId(), "training.reach-entered")).isEqualTo(2);
    }

    @Test
    void timesAreReadInTheZoneAsked() {
        Fixture f = programmeOn(LocalDate.of(2021, 9, 28));
        long an = register(f, "Nguyễn Văn An", "an.nguyen@example.vn", null, "40");
        // read as UTC the rows fall at 14:58–18:31 in Vietnam, after the session
        ImportOutcome o = imports.importReport(f.sessionId(), "utc.csv", fixture("zoom-meeting-classic.csv"), java.time.ZoneOffset.UTC, "thu-nghiem");
        assertThat(o.status()).isEqualTo(ImportOutcome.Status.STORED);
        assertThat(jdbc.sql("SELECT time_zone FROM training_import WHERE id = ?").param(o.importId()).query(String.class).single()).isEqualTo("Z");
        assertThat(attendanceOf(f.sessionId()).get(an)).containsExactly(0, 0, "ABSENT");
        Timestamp first = jdbc.sql("SELECT min(j) FROM training_zoom_person, unnest(joined_at) j WHERE import_id = ?")
                .param(o.importId()).query(Timestamp.class).single();
        assertThat(first.toInstant().atZone(VietnameseFormat.ZONE).getHour()).isEqualTo(14);
    }
}
