package vn.ntm.portal.training.internal;

import java.sql.Timestamp;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.PersonalCodes;

/**
 * Demo training data (when {@code ntm.demo.enabled} and no programme exists yet): the 2021 OCOP series of the
 * reference article — 28/09–18/10/2021, three co-organisers, 11 topics over 8 sessions, speakers, Zoom webinar and
 * YouTube/Facebook livestreams, and 3,000 registrants over the 63 provinces of the time with the 30/65/5 mix of
 * producers, officials and others, written by one set-based INSERT — and a smaller upcoming programme open for
 * registration, with a Zoom capacity and two custom questions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class TrainingDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoSeeder.class);
    static final String SLUG_2021 = "chuoi-tap-huan-ocop-2021";
    static final String SLUG_OPEN = "tap-huan-nang-cao-chat-luong-san-pham-ocop";
    private static final String[] TOPICS = {
            "Những điều cần biết về Chương trình OCOP",
            "Quy trình đánh giá, phân hạng sản phẩm OCOP",
            "Phát triển sản phẩm từ lợi thế địa phương",
            "Xây dựng phương án sản xuất kinh doanh",
            "Tổ chức sản xuất theo chuỗi giá trị",
            "Xây dựng câu chuyện sản phẩm",
            "Thiết kế bao bì, nhãn mác và nhận diện thương hiệu",
            "Tiêu chuẩn hóa sản phẩm phục vụ đánh giá, phân hạng",
            "Chất lượng, an toàn thực phẩm và truy xuất nguồn gốc",
            "Xúc tiến thương mại và thương mại điện tử cho sản phẩm OCOP",
            "Vai trò của hợp tác xã và liên kết trong phát triển sản phẩm OCOP"};
    private static final String[][] SPEAKERS = {
            {"Nguyễn Văn Hòa", "PGS.TS.", "Trung tâm Phát triển nông thôn, Trường Đại học Nông nghiệp"},
            {"Trần Thị Minh Thu", "TS.", "Văn phòng Điều phối nông thôn mới Trung ương"},
            {"Lê Quang Vinh", "ThS.", "Văn phòng Điều phối nông thôn mới Trung ương"},
            {"Phạm Thị Lan Anh", "TS.", "Trường Đại học Nông nghiệp"},
            {"Đỗ Đức Thắng", "ThS.", "Hội đồng đánh giá, phân hạng sản phẩm OCOP"},
            {"Vũ Thị Hồng Nhung", "TS.", "Viện Kinh tế nông nghiệp"},
            {"Hoàng Minh Tuấn", "ThS.", "Chuyên gia thiết kế bao bì, thương hiệu"},
            {"Bùi Thanh Sơn", "PGS.TS.", "Tổ chức Đại học Pháp ngữ (AUF)"}};
    /** Session → topic numbers; the last session ends with the closing ceremony. */
    private static final int[][] SESSION_TOPICS = {{1, 2}, {3}, {4, 5}, {6}, {7, 8}, {9}, {10}, {11}};
    private static final String[] SESSION_DAYS = {"2021-09-28", "2021-09-30", "2021-10-05", "2021-10-07", "2021-10-12", "2021-10-14",
            "2021-10-16", "2021-10-18"};

    private final JdbcClient jdbc;
    private final boolean enabled;
    private final int registrants;

    TrainingDemoSeeder(JdbcClient jdbc, @Value("${ntm.demo.enabled:true}") boolean enabled,
                       @Value("${ntm.training.demo-registrants:3000}") int registrants) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.registrants = registrants;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_programme)").query(Boolean.class).single()) {
            return;
        }
        long p = seed2021();
        registrants(p, registrants);
        seedOpen();
        log.info("Đã tạo chương trình tập huấn mẫu với {} người đăng ký", registrants);
    }

    private long seed2021() {
        long p = jdbc.sql("""
                INSERT INTO training_programme (slug, name, summary, description_html, starts_on, ends_on, status, registration_opens_at,
                  registration_closes_at, location)
                VALUES (?, ?, ?, ?, DATE '2021-09-28', DATE '2021-10-18', 'PUBLISHED', ?, ?, 'Trực tuyến qua Zoom, phát trực tiếp trên YouTube và Facebook')
                RETURNING id""")
                .params(SLUG_2021, "Chuỗi tập huấn trực tuyến Chương trình Mỗi xã một sản phẩm (OCOP) năm 2021",
                        "Tám buổi tập huấn trực tuyến về 11 chuyên đề OCOP cho chủ thể sản xuất, cán bộ quản lý và những người quan tâm.",
                        "<p>Chuỗi tập huấn giúp chủ thể OCOP và cán bộ thực hiện chương trình nắm vững chu trình OCOP: từ phát triển sản phẩm "
                                + "dựa trên lợi thế địa phương, xây dựng phương án sản xuất kinh doanh, câu chuyện sản phẩm, đến tiêu chuẩn hóa sản phẩm "
                                + "phục vụ đánh giá, phân hạng.</p><p>Các buổi học diễn ra trên Zoom và được phát trực tiếp trên trang Facebook và kênh YouTube "
                                + "của ban tổ chức.</p>",
                        ts(LocalDate.parse("2021-09-10"), LocalTime.of(8, 0)), ts(LocalDate.parse("2021-09-27"), LocalTime.of(17, 0)))
                .query(Long.class).single();
        String[] organisers = {"Trung tâm Phát triển nông thôn, Trường Đại học Nông nghiệp", "Văn phòng Điều phối nông thôn mới Trung ương",
                "Tổ chức Đại học Pháp ngữ (AUF)"};
        for (int i = 0; i < organisers.length; i++) {
            jdbc.sql("INSERT INTO training_coorganiser (programme_id, name, position) VALUES (?, ?, ?)").params(p, organisers[i], i + 1).update();
        }
        List<Long> speakers = new ArrayList<>();
        for (String[] s : SPEAKERS) {
            speakers.add(jdbc.sql("INSERT INTO training_speaker (programme_id, name, title, organisation, bio) VALUES (?, ?, ?, ?, ?) RETURNING id")
                    .params(p, s[0], s[1], s[2], "Báo cáo viên có nhiều năm nghiên cứu và tư vấn phát triển sản phẩm OCOP (dữ liệu mẫu).")
                    .query(Long.class).single());
        }
        List<Long> topics = new ArrayList<>();
        for (int i = 0; i < TOPICS.length; i++) {
            long t = jdbc.sql("INSERT INTO training_topic (programme_id, number, title, summary) VALUES (?, ?, ?, ?) RETURNING id")
                    .params(p, i + 1, TOPICS[i], "Chuyên đề " + (i + 1) + " của chuỗi tập huấn: " + TOPICS[i].toLowerCase(VietnameseFormat.LOCALE) + ".")
                    .query(Long.class).single();
            topics.add(t);
            jdbc.sql("INSERT INTO training_topic_speaker (topic_id, speaker_id) VALUES (?, ?)").params(t, speakers.get(i % speakers.size())).update();
            if (i % 3 == 0) {
                jdbc.sql("INSERT INTO training_topic_speaker (topic_id, speaker_id) VALUES (?, ?)").params(t, speakers.get((i + 3) % speakers.size())).update();
            }
            jdbc.sql("INSERT INTO training_material (topic_id, kind, title, url) VALUES (?, 'RECORDING', ?, ?)")
                    .params(t, "Bản ghi hình chuyên đề " + (i + 1), "https://www.youtube.com/watch?v=ocop2021cd" + (i + 1)).update();
        }
        for (int s = 0; s < SESSION_TOPICS.length; s++) {
            LocalDate day = LocalDate.parse(SESSION_DAYS[s]);
            long session = jdbc.sql("""
                    INSERT INTO training_session (programme_id, number, title, starts_at, ends_at, online) VALUES (?, ?, ?, ?, ?, true) RETURNING id""")
                    .params(p, s + 1, s == SESSION_TOPICS.length - 1 ? "Chuyên đề cuối và bế mạc" : "", ts(day, LocalTime.of(8, 0)),
                            ts(day, LocalTime.of(11, 30)))
                    .query(Long.class).single();
            for (int n : SESSION_TOPICS[s]) {
                jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(session, topics.get(n - 1)).update();
            }
            String webinar = "9" + String.format("%09d", 812_340_000 + s * 1_111);
            jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, meeting_id, join_url, passcode) VALUES (?, ?, 'ZOOM_WEBINAR', ?, ?, 'ocop2021')")
                    .params(p, session, webinar, "https://zoom.us/j/" + webinar).update();
            jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, join_url) VALUES (?, ?, 'YOUTUBE', ?)")
                    .params(p, session, "https://www.youtube.com/watch?v=ocop2021buoi" + (s + 1)).update();
            jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, join_url) VALUES (?, ?, 'FACEBOOK', ?)")
                    .params(p, session, "https://www.facebook.com/vanphongnongthonmoi/videos/ocop2021buoi" + (s + 1)).update();
        }
        return p;
    }

    /**
     * {@code n} registrants in one INSERT … SELECT over generate_series: names from Vietnamese family, middle and
     * given names, 61 of the 63 old provinces, 30 % producers / 65 % officials / 5 % others, phones unique.
     */
    void registrants(long programmeId, int n) {
        Set<String> codes = new HashSet<>();
        while (codes.size() < n) {
            codes.add(PersonalCodes.generate());
        }
        jdbc.sql("""
                WITH topics AS (SELECT array_agg(id ORDER BY number) AS ids FROM training_topic WHERE programme_id = :p),
                     provinces AS (SELECT array_agg(code ORDER BY code) AS codes FROM province WHERE version = 2004),
                     codes AS (SELECT c, row_number() OVER () AS i FROM unnest(CAST(:codes AS text[])) AS c),
                     g AS (SELECT i, (i * 2654435761) % 1000003 AS h FROM generate_series(1, :n) AS i)
                INSERT INTO training_registration (programme_id, code, full_name, gender, birth_year, organisation, job_title, level,
                  province_version, province_code, commune, phone, email, category, producer_type, product_name, topic_ids, channel_wanted,
                  channel, status, consent_version, consent_at, created_at, updated_at)
                SELECT :p, codes.c,
                       (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + g.h % 16]
                         || ' ' || (ARRAY['Văn','Thị','Minh','Thị Thu','Đức','Thanh','Ngọc','Quang','Thị Hồng','Hữu'])[1 + (g.h / 16) % 10]
                         || ' ' || (ARRAY['An','Anh','Ánh','Bình','Chi','Cường','Dũng','Đức','Giang','Hà','Hải','Hạnh','Hoa','Hùng','Hương','Khánh',
                                          'Lan','Linh','Long','Mai','Minh','Nam','Nga','Ngọc','Nhung','Phong','Phương','Quân','Quỳnh','Sơn',
                                          'Tâm','Thảo','Thắng','Thủy','Trang','Trung','Tuấn','Uyên','Việt','Yến'])[1 + (g.h / 160) % 40],
                       CASE WHEN g.h % 2 = 0 THEN 'NAM' ELSE 'NU' END,
                       1960 + (g.h / 7) % 40,
                       CASE WHEN g.i % 100 < 30 THEN (ARRAY['HTX Nông nghiệp ','Công ty TNHH ','Tổ hợp tác ','Hộ kinh doanh '])[1 + g.h % 4] || 'Phú An ' || g.i
                            WHEN g.i % 100 < 95 THEN (ARRAY['Văn phòng Điều phối NTM tỉnh','Sở Nông nghiệp và Môi trường','UBND xã','Phòng Kinh tế'])[1 + g.h % 4]
                            ELSE (ARRAY['Trường Đại học Nông nghiệp','Công ty tư vấn phát triển nông thôn','Sinh viên'])[1 + g.h % 3] END,
                       CASE WHEN g.i % 100 BETWEEN 30 AND 94 THEN (ARRAY['Chuyên viên','Phó Chánh Văn phòng','Cán bộ nông nghiệp xã'])[1 + g.h % 3] ELSE '' END,
                       CASE WHEN g.i % 100 BETWEEN 30 AND 94 THEN (ARRAY['TRUNG_UONG','TINH','TINH','XA','XA','XA'])[1 + g.h % 6] ELSE 'XA' END,
                       2004, provinces.codes[1 + (g.i * 7919) % 61], '',
                       '+8498' || lpad(g.i::text, 7, '0'),
                       CASE WHEN g.i % 10 < 7 THEN 'hocvien' || g.i || '@example.test' END,
                       CASE WHEN g.i % 100 < 30 THEN 'PRODUCER' WHEN g.i % 100 < 95 THEN 'OFFICIAL' ELSE 'OTHER' END,
                       CASE WHEN g.i % 100 < 30 THEN (ARRAY['HTX','DOANH_NGHIEP','TO_HOP_TAC','HO_SAN_XUAT'])[1 + g.h % 4] END,
                       CASE WHEN g.i % 100 < 30 THEN (ARRAY['Mật ong rừng','Trà shan tuyết','Nước mắm truyền thống','Gạo hữu cơ','Miến dong','Cà phê bột'])[1 + g.h % 6] ELSE '' END,
                       ARRAY[topics.ids[1 + g.h % 11], topics.ids[1 + (g.h / 11) % 11]],
                       (ARRAY['ZOOM','ZOOM','YOUTUBE','YOUTUBE','FACEBOOK'])[1 + g.h % 5],
                       (ARRAY['ZOOM','ZOOM','YOUTUBE','YOUTUBE','FACEBOOK'])[1 + g.h % 5],
                       'REGISTERED', 'ND13-2023-tap-huan-v1',
                       TIMESTAMPTZ '2021-09-10 08:00+07' + (g.h % 1400000) * interval '1 second',
                       TIMESTAMPTZ '2021-09-10 08:00+07' + (g.h % 1400000) * interval '1 second',
                       TIMESTAMPTZ '2021-09-10 08:00+07' + (g.h % 1400000) * interval '1 second'
                  FROM g JOIN codes ON codes.i = g.i CROSS JOIN topics CROSS JOIN provinces""")
                .param("p", programmeId).param("n", n).param("codes", RegistrationServiceArrays.text(codes))
                .update();
    }

    private void seedOpen() {
        LocalDate start = LocalDate.now(VietnameseFormat.ZONE).plusDays(30);
        long p = jdbc.sql("""
                INSERT INTO training_programme (slug, name, summary, description_html, starts_on, ends_on, status, registration_closes_at, location)
                VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 'Trực tuyến qua Zoom, phát trực tiếp trên YouTube') RETURNING id""")
                .params(SLUG_OPEN, "Tập huấn nâng cao chất lượng sản phẩm OCOP",
                        "Ba buổi tập huấn trực tuyến cho chủ thể OCOP chuẩn bị hồ sơ đánh giá, phân hạng.",
                        "<p>Chương trình dành cho chủ thể có sản phẩm dự kiến tham gia đánh giá, phân hạng OCOP và cán bộ hướng dẫn ở cấp tỉnh, cấp xã.</p>",
                        start, start.plusDays(7), ts(start.minusDays(1), LocalTime.of(17, 0)))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO training_coorganiser (programme_id, name, position) VALUES (?, 'Văn phòng Điều phối nông thôn mới tỉnh', 1)").param(p).update();
        long speaker = jdbc.sql("INSERT INTO training_speaker (programme_id, name, title, organisation, bio) VALUES (?, 'Trần Thị Minh Thu', 'TS.', 'Văn phòng Điều phối nông thôn mới Trung ương', 'Dữ liệu mẫu.') RETURNING id")
                .param(p).query(Long.class).single();
        String[] titles = {"Hồ sơ đánh giá, phân hạng sản phẩm OCOP", "Nâng hạng sao cho sản phẩm OCOP", "Bảo hộ nhãn hiệu và truy xuất nguồn gốc"};
        for (int i = 0; i < titles.length; i++) {
            long t = jdbc.sql("INSERT INTO training_topic (programme_id, number, title) VALUES (?, ?, ?) RETURNING id").params(p, i + 1, titles[i]).query(Long.class).single();
            jdbc.sql("INSERT INTO training_topic_speaker (topic_id, speaker_id) VALUES (?, ?)").params(t, speaker).update();
            LocalDate day = start.plusDays(i * 3L);
            long s = jdbc.sql("INSERT INTO training_session (programme_id, number, starts_at, ends_at) VALUES (?, ?, ?, ?) RETURNING id")
                    .params(p, i + 1, ts(day, LocalTime.of(8, 0)), ts(day, LocalTime.of(11, 30))).query(Long.class).single();
            jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(s, t).update();
            jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, meeting_id, join_url) VALUES (?, ?, 'ZOOM_MEETING', ?, ?)")
                    .params(p, s, "8312345678" + i, "https://zoom.us/j/8312345678" + i).update();
            jdbc.sql("INSERT INTO training_channel (programme_id, session_id, kind, join_url) VALUES (?, ?, 'YOUTUBE', ?)")
                    .params(p, s, "https://www.youtube.com/watch?v=ocopnangcao" + (i + 1)).update();
        }
        jdbc.sql("INSERT INTO training_capacity (programme_id, channel, seats, taken) VALUES (?, 'ZOOM', 300, 0)").param(p).update();
        long q = jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind, required) VALUES (?, 1, 'Đơn vị đã có sản phẩm đạt OCOP chưa?', 'YES_NO', true) RETURNING id")
                .param(p).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO training_question (programme_id, position, label, kind, options, required, show_if_question_id, show_if_value)
                VALUES (?, 2, 'Hạng sao cao nhất hiện có', 'SINGLE', '{"3 sao","4 sao","5 sao"}', true, ?, 'co')""").params(p, q).update();
    }

    private static Timestamp ts(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(VietnameseFormat.ZONE).toInstant());
    }

    /** A text[] literal of codes (letters and digits only, so no quoting needed). */
    static final class RegistrationServiceArrays {
        static String text(Set<String> values) {
            return "{" + String.join(",", values) + "}";
        }
    }

}
