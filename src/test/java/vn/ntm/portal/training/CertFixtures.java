package vn.ntm.portal.training;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.domain.PersonalCodes;

/**
 * A finished programme for the certificate tests, written straight into the tables: sessions with topics,
 * registrations, and the attendance and survey rows that the attendance and survey screens would write.
 */
public final class CertFixtures {

    /** A programme: its sessions (in order) and topics (in order), slug. */
    public record Series(long id, String slug, List<Long> sessions, List<Long> topics) {
    }

    private final JdbcClient jdbc;

    public CertFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published, past programme with {@code sessions} sessions; session i covers topic i (topics = sessions). */
    public Series series(String name, int sessions) {
        String slug = "gcn-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate starts = LocalDate.of(2021, 9, 28);
        long id = jdbc.sql("""
                INSERT INTO training_programme (slug, name, starts_on, ends_on, status, cert_min_minutes, cert_min_session_percent,
                    cert_min_topics, cert_survey_required)
                VALUES (?, ?, ?, ?, 'CLOSED', 0, 0, 0, false) RETURNING id""")
                .params(slug, name, starts, starts.plusDays(20)).query(Long.class).single();
        List<Long> sessionIds = new ArrayList<>();
        List<Long> topicIds = new ArrayList<>();
        for (int n = 1; n <= sessions; n++) {
            long topic = jdbc.sql("INSERT INTO training_topic (programme_id, number, title) VALUES (?, ?, ?) RETURNING id")
                    .params(id, n, "Chuyên đề " + n).query(Long.class).single();
            Instant start = starts.plusDays(n).atTime(8, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
            long session = jdbc.sql("INSERT INTO training_session (programme_id, number, starts_at, ends_at) VALUES (?, ?, ?, ?) RETURNING id")
                    .params(id, n, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(180)))).query(Long.class).single();
            jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(session, topic).update();
            sessionIds.add(session);
            topicIds.add(topic);
        }
        return new Series(id, slug, sessionIds, topicIds);
    }

    public void rules(long programmeId, int minutes, int percent, int topics, boolean survey) {
        jdbc.sql("UPDATE training_programme SET cert_min_minutes = ?, cert_min_session_percent = ?, cert_min_topics = ?, cert_survey_required = ? WHERE id = ?")
                .params(minutes, percent, topics, survey, programmeId).update();
    }

    /** Settings that can print: one issuer by name, one signatory, the prefix. */
    public void printable(long programmeId, String prefix) {
        jdbc.sql("""
                INSERT INTO training_certificate_settings (programme_id, number_prefix, place, issuer_name, signatories)
                VALUES (?, ?, 'Hà Nội', 'Văn phòng Điều phối nông thôn mới Trung ương',
                        '[{"title": "TM. Ban tổ chức\\nChánh Văn phòng", "name": "Ngô Trường Sơn", "image": null}]')
                ON CONFLICT (programme_id) DO UPDATE SET number_prefix = excluded.number_prefix, issuer_name = excluded.issuer_name,
                    signatories = excluded.signatories""").params(programmeId, prefix).update();
    }

    /** A registration (female, born 1985) with a unique phone and an e-mail address when {@code email} is given. */
    public long registrant(long programmeId, String name, String email) {
        String phone = "+849" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        return jdbc.sql("""
                INSERT INTO training_registration (programme_id, code, full_name, gender, birth_year, organisation, province_version,
                    province_code, phone, email, category, channel_wanted, channel, status, consent_version, consent_at)
                VALUES (?, ?, ?, 'NU', 1985, 'HTX Nông nghiệp Tân Phú', 2025, '01', ?, ?, 'PRODUCER', 'ZOOM', 'ZOOM', 'REGISTERED',
                        'ND13-2023-tap-huan-v1', now()) RETURNING id""")
                .params(programmeId, PersonalCodes.generate(), name, phone, email).query(Long.class).single();
    }

    public String code(long registrationId) {
        return jdbc.sql("SELECT code FROM training_registration WHERE id = ?").param(registrationId).query(String.class).single();
    }

    /** One attendance row as the import would write it. */
    public void attended(long sessionId, long registrationId, int minutes, String status) {
        jdbc.sql("""
                INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, status)
                VALUES (?, ?, ?, ?, ?, ?)""").params(sessionId, registrationId, minutes * 60, minutes, Math.min(100, minutes * 100 / 180), status).update();
    }

    /** A programme survey (created once) answered by the registration. */
    public void surveyed(long programmeId, long registrationId) {
        long survey = jdbc.sql("SELECT id FROM training_survey WHERE programme_id = ? ORDER BY id LIMIT 1").param(programmeId).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        INSERT INTO training_survey (programme_id, scope, title, kirkpatrick, timing, status)
                        VALUES (?, 'PROGRAMME', 'Phiếu khảo sát sau khóa học', 1, 'POST', 'OPEN') RETURNING id""")
                        .param(programmeId).query(Long.class).single());
        jdbc.sql("INSERT INTO training_survey_response (survey_id, registration_id, category) VALUES (?, ?, 'PRODUCER')")
                .params(survey, registrationId).update();
    }
}
