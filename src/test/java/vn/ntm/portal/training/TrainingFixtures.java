package vn.ntm.portal.training;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.shared.VietnameseFormat;

/** Programmes written straight into the tables, one per test, so tests never share registrations. */
final class TrainingFixtures {

    record Fixture(long id, String slug, List<Long> topics, long sessionId) {

        String path() {
            return "/tap-huan/" + slug;
        }

        String form() {
            return path() + "/dang-ky";
        }
    }

    private final JdbcClient jdbc;

    TrainingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published programme starting in 30 days (34 provinces), open for registration, two topics, one session with Zoom and YouTube. */
    Fixture open(String name) {
        return programme(name, Instant.now().plus(Duration.ofDays(10)), false, LocalDate.now(VietnameseFormat.ZONE).plusDays(30));
    }

    Fixture programme(String name, Instant closesAt, boolean moderation, LocalDate starts) {
        String slug = "thu-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                INSERT INTO training_programme (slug, name, starts_on, ends_on, status, registration_closes_at, moderation)
                VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?) RETURNING id""")
                .params(slug, name, starts, starts.plusDays(10), Timestamp.from(closesAt), moderation).query(Long.class).single();
        List<Long> topics = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            topics.add(jdbc.sql("INSERT INTO training_topic (programme_id, number, title) VALUES (?, ?, ?) RETURNING id")
                    .params(id, n, "Chuyên đề thử " + n).query(Long.class).single());
        }
        Instant start = starts.atTime(8, 0).atZone(VietnameseFormat.ZONE).toInstant();
        long session = jdbc.sql("INSERT INTO training_session (programme_id, number, starts_at, ends_at) VALUES (?, 1, ?, ?) RETURNING id")
                .params(id, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(210)))).query(Long.class).single();
        jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(session, topics.get(0)).update();
        jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, meeting_id, join_url, passcode) VALUES (?, ?, 'ZOOM_MEETING', '81234567890', 'https://zoom.us/j/81234567890', 'bimat1')")
                .params(id, session).update();
        jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, join_url) VALUES (?, ?, 'YOUTUBE', 'https://www.youtube.com/watch?v=thu')")
                .params(id, session).update();
        return new Fixture(id, slug, topics, session);
    }

    void seats(long programmeId, String channel, int seats) {
        jdbc.sql("INSERT INTO training_capacity (programme_id, channel, seats, taken) VALUES (?, ?, ?, 0)").params(programmeId, channel, seats).update();
    }

    /** A complete, valid registration form. */
    /** A new training manager (role TAP_HUAN), signed in. */
    static vn.ntm.portal.accounts.AdminClient manager(int port, vn.ntm.portal.accounts.internal.UserStore users,
                                                      org.springframework.security.crypto.password.PasswordEncoder encoder) throws Exception {
        var http = new vn.ntm.portal.accounts.AdminClient(port);
        org.assertj.core.api.Assertions.assertThat(vn.ntm.portal.accounts.AdminClient.location(
                http.signIn(vn.ntm.portal.accounts.TestUsers.create(users, encoder, "TAP_HUAN"), vn.ntm.portal.accounts.TestUsers.PASSWORD)))
                .endsWith("/quan-tri");
        return http;
    }

    static Map<String, String> form(String stamp, String name, String phone, String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stamp", stamp);
        f.put("website", "");
        f.put("ho_ten", name);
        f.put("gioi_tinh", "NU");
        f.put("nam_sinh", "1985");
        f.put("don_vi", "HTX Nông nghiệp Tân Phú");
        f.put("chuc_vu", "Giám đốc");
        f.put("cap", "XA");
        f.put("tinh", "01");
        f.put("xa", "Xã Tân Phú");
        f.put("dien_thoai", phone);
        f.put("email", email);
        f.put("doi_tuong", "PRODUCER");
        f.put("loai_chu_the", "HTX");
        f.put("san_pham", "Mật ong rừng");
        f.put("kenh", "ZOOM");
        f.put("cau_hoi", "Hồ sơ OCOP gồm những gì?");
        f.put("dong_y", "1");
        return f;
    }
}
