package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.CertFixtures.Series;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.CertRow;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.CertService;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.UserInputException;

/** Eligibility from the attendance, topic and survey tables; issuing, numbers, revoking, decisions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertServiceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CertService certs;
    @Autowired
    TrainingStore store;

    private CertFixtures fx() {
        return new CertFixtures(jdbc);
    }

    private Programme programme(Series s) {
        return store.programme(s.id()).orElseThrow();
    }

    private static int year() {
        return java.time.LocalDate.now(VietnameseFormat.ZONE).getYear();
    }

    @Test
    void eligibilityComesFromAttendanceTheTopicsOfAttendedSessionsAndTheProgrammesSurveys() {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử điều kiện", 4);
        fx.rules(s.id(), 150, 50, 2, true);
        long full = fx.registrant(s.id(), "Lê Thị Đủ", null);
        fx.attended(s.sessions().get(0), full, 90, "PRESENT");
        fx.attended(s.sessions().get(1), full, 70, "LATE");
        fx.surveyed(s.id(), full);
        long partly = fx.registrant(s.id(), "Trần Văn Thiếu", null);
        fx.attended(s.sessions().get(0), partly, 120, "PRESENT");
        // minutes of a session marked absent add to the minutes but not to sessions or topics
        fx.attended(s.sessions().get(1), partly, 40, "ABSENT");
        // a survey of another programme does not count
        Series other = fx.series("Chuỗi khác", 1);
        long elsewhere = fx.registrant(other.id(), "Trần Văn Thiếu", null);
        fx.surveyed(other.id(), elsewhere);
        long nobody = fx.registrant(s.id(), "Phạm Thị Vắng", null);

        Map<Long, CertRow> rows = certs.rows(programme(s)).stream().collect(Collectors.toMap(CertRow::registrationId, r -> r));
        assertThat(rows).containsOnlyKeys(full, partly, nobody);
        CertRow f = rows.get(full);
        assertThat(f.progress().minutes()).isEqualTo(160);
        assertThat(f.progress().sessionsAttended()).isEqualTo(2);
        assertThat(f.progress().sessions()).isEqualTo(4);
        assertThat(f.progress().topicsCovered()).isEqualTo(2);
        assertThat(f.progress().surveySubmitted()).isTrue();
        assertThat(f.verdict().eligible()).isTrue();
        CertRow p = rows.get(partly);
        assertThat(p.progress().minutes()).isEqualTo(160);
        assertThat(p.verdict().eligible()).isFalse();
        assertThat(p.verdict().shortfalls()).containsExactly("Thiếu 1 buổi (đã dự 1/4 buổi, cần 2)", "Thiếu 1 chuyên đề (đã học 1, cần 2)",
                "Chưa gửi phiếu khảo sát");
        assertThat(rows.get(nobody).verdict().shortfalls()).hasSize(4).first().isEqualTo("Thiếu 150 phút (đã dự 0/150 phút)");

        // switched off, a criterion no longer counts
        fx.rules(s.id(), 0, 25, 0, false);
        assertThat(certs.row(programme(s), partly).orElseThrow().verdict().eligible()).isTrue();
        assertThat(certs.row(programme(s), nobody).orElseThrow().verdict().reasonText()).isEqualTo("Thiếu 1 buổi (đã dự 0/4 buổi, cần 1)");
    }

    @Test
    void registerNumbersAreSequentialAndUniqueUnderConcurrentIssuingAndEachRegistrantGetsOne() throws Exception {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử số vào sổ", 1);
        fx.rules(s.id(), 0, 0, 0, false);
        fx.printable(s.id(), "GCN-T");
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(fx.registrant(s.id(), "Người thứ " + i, null));
        }
        Programme p = programme(s);
        List<Callable<CertRecord>> calls = new ArrayList<>();
        for (long id : people) {
            calls.add(() -> certs.issue(p, id, "thu"));
            calls.add(() -> certs.issue(p, id, "thu"));
        }
        Collections.shuffle(calls, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CertRecord> results = new ArrayList<>();
        try {
            for (Future<CertRecord> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        // issuing twice gives the same certificate back
        assertThat(results.stream().map(CertRecord::id).distinct()).hasSize(24);
        List<Integer> serials = jdbc.sql("SELECT serial FROM training_certificate WHERE programme_id = ? ORDER BY serial").param(s.id())
                .query(Integer.class).list();
        assertThat(serials).hasSize(24).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(jdbc.sql("SELECT count(DISTINCT registration_id) FROM training_certificate WHERE programme_id = ?").param(s.id())
                .query(Integer.class).single()).isEqualTo(24);
        assertThat(jdbc.sql("SELECT register_number FROM training_certificate WHERE programme_id = ? AND serial = 7").param(s.id())
                .query(String.class).single()).isEqualTo("0007/GCN-T-" + year());
        assertThat(certs.settings(s.id()).nextSerial()).isEqualTo(25);
        assertThat(AuditRows.count(jdbc, "training_certificate", results.get(0).id(), "training.certificate-issued")).isEqualTo(1);
    }

    @Test
    void issuingAllIsIdempotentAndSkipsThoseNotEligible() {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử cấp hàng loạt", 2);
        fx.rules(s.id(), 0, 50, 0, false);
        fx.printable(s.id(), "GCN-HL");
        long a = fx.registrant(s.id(), "Nguyễn Văn An", null);
        long b = fx.registrant(s.id(), "Nguyễn Thị Bình", null);
        long c = fx.registrant(s.id(), "Hoàng Văn Chưa", null);
        fx.attended(s.sessions().get(0), a, 100, "PRESENT");
        fx.attended(s.sessions().get(1), b, 100, "LATE");
        Programme p = programme(s);
        assertThat(certs.issueAll(p, "thu")).extracting(CertRecord::registrationId).containsExactly(a, b);
        assertThat(certs.issueAll(p, "thu")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM training_certificate WHERE programme_id = ?").param(s.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(AuditRows.count(jdbc, "training_programme", s.id(), "training.certificates-issued")).isEqualTo(1);
        assertThatThrownBy(() -> certs.issue(p, c, "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Chưa đủ điều kiện").hasMessageContaining("Thiếu 1 buổi")
                .satisfies(e -> assertThat(((UserInputException) e).status()).isEqualTo(409));
        // the database refuses a second valid certificate whatever the code does
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO training_certificate (programme_id, registration_id, serial, register_number, verify_token, full_name, issued_on)
                VALUES (?, ?, 99, 'x-99', 'ABCDEFGHIJKLMNOPQRSTUV', 'x', current_date)""").params(s.id(), a).update())
                .hasMessageContaining("training_certificate_current");
    }

    @Test
    void aRevokedCertificateStaysRevokedAndReissuingGivesANewNumberNeverTheOldOne() {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử thu hồi", 1);
        fx.printable(s.id(), "GCN-TH");
        long a = fx.registrant(s.id(), "Đỗ Thị Hạnh", null);
        Programme p = programme(s);
        CertRecord first = certs.issue(p, a, "thu");
        assertThatThrownBy(() -> certs.revoke(p, first.id(), "  ", "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("lý do thu hồi");
        CertRecord revoked = certs.revoke(p, first.id(), "Ghi sai họ tên", "thu");
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedReason()).isEqualTo("Ghi sai họ tên");
        assertThat(AuditRows.count(jdbc, "training_certificate", first.id(), "training.certificate-revoked")).isEqualTo(1);
        assertThatThrownBy(() -> certs.revoke(p, first.id(), "lần nữa", "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("đã bị thu hồi");
        assertThat(certs.current(a)).isEmpty();
        CertRecord second = certs.issue(p, a, "thu");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.serial()).isEqualTo(2);
        assertThat(second.registerNumber()).isEqualTo("0002/GCN-TH-" + year()).isNotEqualTo(first.registerNumber());
        assertThat(second.verifyToken()).isNotEqualTo(first.verifyToken());
        assertThat(certs.byToken(first.verifyToken()).orElseThrow().revoked()).isTrue();
        assertThat(certs.byToken(second.verifyToken()).orElseThrow().revoked()).isFalse();
    }

    @Test
    void manualDecisionsNeedAReasonWinOverTheRulesAndAreAudited() {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử quyết định", 2);
        fx.rules(s.id(), 0, 100, 0, false);
        fx.printable(s.id(), "GCN-QD");
        long absent = fx.registrant(s.id(), "Vũ Văn Vắng", null);
        long present = fx.registrant(s.id(), "Vũ Thị Có", null);
        fx.attended(s.sessions().get(0), present, 180, "PRESENT");
        fx.attended(s.sessions().get(1), present, 180, "PRESENT");
        Programme p = programme(s);
        assertThatThrownBy(() -> certs.decide(p, absent, true, " ", "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("lý do");
        assertThat(jdbc.sql("SELECT count(*) FROM training_certificate_override WHERE registration_id = ?").param(absent).query(Integer.class).single()).isZero();

        certs.decide(p, absent, true, "Học trực tiếp tại điểm cầu tỉnh", "thu");
        assertThat(AuditRows.count(jdbc, "training_registration", absent, "training.certificate-override")).isEqualTo(1);
        CertRow granted = certs.row(p, absent).orElseThrow();
        assertThat(granted.verdict().eligible()).isTrue();
        assertThat(granted.verdict().byRules()).isFalse();
        CertRecord c = certs.issue(p, absent, "thu");
        assertThat(c.overrideReason()).isEqualTo("Học trực tiếp tại điểm cầu tỉnh");

        certs.decide(p, present, false, "Đăng ký trùng", "thu");
        assertThat(certs.row(p, present).orElseThrow().verdict().eligible()).isFalse();
        assertThatThrownBy(() -> certs.issue(p, present, "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Không cấp theo quyết định của ban tổ chức: Đăng ký trùng");
        certs.decide(p, present, null, "Đã rà soát lại", "thu");
        assertThat(certs.row(p, present).orElseThrow().verdict().eligible()).isTrue();
        assertThat(AuditRows.count(jdbc, "training_registration", present, "training.certificate-override")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT after->>'decision' FROM audit_log WHERE entity_type = 'training_registration' AND entity_id = ? ORDER BY id")
                .param(String.valueOf(present)).query(String.class).list()).containsExactly("DENY", "RULES");
    }

    @Test
    void nothingIsIssuedUntilTheSettingsNameAnIssuerAndASignatory() {
        CertFixtures fx = fx();
        Series s = fx.series("Chuỗi thử chưa thiết lập", 1);
        long a = fx.registrant(s.id(), "Mai Văn Chờ", null);
        Programme p = programme(s);
        assertThatThrownBy(() -> certs.issue(p, a, "thu")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("cần ít nhất một đơn vị cấp và một người ký");
        assertThat(jdbc.sql("SELECT count(*) FROM training_certificate WHERE programme_id = ?").param(s.id()).query(Integer.class).single()).isZero();
        assertThat(certs.settings(s.id()).nextSerial()).isEqualTo(1);
    }
}
