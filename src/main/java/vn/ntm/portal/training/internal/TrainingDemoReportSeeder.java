package vn.ntm.portal.training.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;

/**
 * Demo data, second step (after {@link TrainingDemoSeeder}; when {@code ntm.demo.enabled} and
 * {@code ntm.demo.training-reports}, and the 2021 series has no import yet): generates the platform report files of
 * the 8 sessions ({@link DemoReportFiles}: Zoom webinar attendee and Q&amp;A reports, YouTube Studio and Facebook video
 * CSVs) and imports each one through the {@link DemoReportSink}, as an organiser would after each session; then what
 * organisers do afterwards: assigns the Zoom questions of two-topic sessions to their topic, adds questions asked on
 * the site, moderates and answers most of them, and runs one closing survey whose responses are positive by the
 * programme's rule (marker rating ≥ {@code positive_min_rating}). The dashboard then shows about 100,000
 * learner-visits, about 30 questions per topic and about 200 positive responses, all read from the imported data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 31)
class TrainingDemoReportSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoReportSeeder.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ACTOR = "du-lieu-mau";
    /** Questions asked on the site per topic, beside the Zoom Q&amp;A ones. */
    static final int SITE_QUESTIONS_PER_TOPIC = 10;
    /** Ratings of the closing survey's marker item: 112 × 5, 90 × 4, 38 × 3, 13 × 2, 5 × 1 (202 positive of 258 by the default rule). */
    static final int[][] RATINGS = {{5, 112}, {4, 90}, {3, 38}, {2, 13}, {1, 5}};
    private static final double[] WEIGHTS = {1.30, 1.10, 1.00, 0.95, 0.90, 0.85, 0.85, 1.05};
    private static final String[] SITE_QUESTIONS = {
            "Sau buổi học, tôi có thể gửi hồ sơ sản phẩm để được góp ý trước khi đánh giá không?",
            "Xin ban tổ chức chia sẻ bản ghi hình và tài liệu của chuyên đề này.",
            "Ở địa phương tôi chưa có hội đồng đánh giá cấp xã, vậy nộp hồ sơ ở đâu?",
            "Chuyên đề có áp dụng được cho sản phẩm dịch vụ du lịch cộng đồng không?",
            "Cho tôi hỏi mẫu phương án sản xuất kinh doanh tải ở đâu?",
            "Sản phẩm theo mùa vụ thì đáp ứng yêu cầu về sản lượng thế nào?",
            "Tôi đăng ký muộn, có xem lại được buổi học trên YouTube không?",
            "Hộ kinh doanh có cần nâng lên hợp tác xã trước khi tham gia không?",
            "Có hỗ trợ kết nối tiêu thụ sau khi sản phẩm đạt sao không?",
            "Xin hướng dẫn cách ghi nhãn sản phẩm theo quy định mới."};
    private static final String[] COMMENTS = {"Nội dung thiết thực, mong có thêm buổi thực hành.", "Báo cáo viên nhiệt tình, dễ hiểu.",
            "Đề nghị gửi tài liệu trước buổi học.", "Thời lượng mỗi buổi hơi dài.", "Mong có lớp chuyên sâu về thương mại điện tử."};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TrainingStore store;
    private final DemoReportSink sink;
    private final boolean enabled;

    TrainingDemoReportSeeder(JdbcClient jdbc, JdbcTemplate template, TrainingStore store, DemoReportSink sink,
                             @Value("${ntm.demo.enabled:true}") boolean demo,
                             @Value("${ntm.demo.training-reports:true}") boolean reports) {
        this.jdbc = jdbc;
        this.template = template;
        this.store = store;
        this.sink = sink;
        this.enabled = demo && reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        store.programmeBySlug(TrainingDemoSeeder.SLUG_2021).ifPresent(p -> {
            if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_import WHERE programme_id = ?)").param(p.id()).query(Boolean.class).single()) {
                long started = System.nanoTime();
                seed(p);
                log.info("Đã nhập báo cáo mẫu của {} buổi tập huấn ({} ms)", store.sessions(p.id()).size(), (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** Imports the generated files of every session of {@code p}, then questions, answers and the survey. */
    void seed(Programme p) {
        List<Session> sessions = store.sessions(p.id());
        Map<Long, List<Long>> sessionTopics = store.sessionTopics(p.id());
        Map<Long, List<Long>> topicSpeakers = store.topicSpeakers(p.id());
        Map<Long, Topic> topics = new HashMap<>();
        store.topics(p.id()).forEach(t -> topics.put(t.id(), t));
        Map<Long, String> speakers = new HashMap<>();
        store.speakers(p.id()).forEach(s -> speakers.put(s.id(), s.name()));
        Map<Long, String> webinars = new HashMap<>();
        jdbc.sql("SELECT session_id, meeting_id FROM training_channel WHERE programme_id = ? AND kind = 'ZOOM_WEBINAR' AND session_id IS NOT NULL")
                .param(p.id()).query((rs, i) -> webinars.put(rs.getLong(1), rs.getString(2))).list();
        List<DemoReportFiles.Registrant> pool = jdbc.sql("""
                SELECT r.full_name, r.email, r.phone, pr.name FROM training_registration r
                  JOIN province pr ON pr.version = r.province_version AND pr.code = r.province_code
                 WHERE r.programme_id = ? AND r.channel = 'ZOOM' AND r.status = 'REGISTERED' ORDER BY r.id""")
                .param(p.id()).query((rs, i) -> new DemoReportFiles.Registrant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<DemoReportFiles.SessionSpec> specs = new ArrayList<>();
        Map<Integer, Long> sessionIds = new HashMap<>();
        for (Session s : sessions) {
            List<Long> ts = sessionTopics.getOrDefault(s.id(), List.of());
            List<String> names = new ArrayList<>();
            for (long t : ts) {
                for (long sp : topicSpeakers.getOrDefault(t, List.of())) {
                    if (!names.contains(speakers.get(sp))) {
                        names.add(speakers.get(sp));
                    }
                }
            }
            specs.add(new DemoReportFiles.SessionSpec(s.number(), s.title(), s.startsAt(), s.endsAt(),
                    WEIGHTS[(s.number() - 1) % WEIGHTS.length], webinars.getOrDefault(s.id(), "84512345678"),
                    ts.stream().map(t -> topics.get(t).title()).toList(), names));
            sessionIds.put(s.number(), s.id());
        }
        for (DemoReportFiles.File f : DemoReportFiles.all(specs, pool, ZONE, 2021)) {
            sink.importReport(sessionIds.get(f.session()), f.name(), f.content(), ZONE, ACTOR);
        }
        questions(p, sessions, topics, topicSpeakers);
        survey(p, new ArrayList<>(topics.values()));
    }

    private void questions(Programme p, List<Session> sessions, Map<Long, Topic> topics, Map<Long, List<Long>> topicSpeakers) {
        // the organisers sort the Zoom questions of two-topic sessions into their topic (the files ask them in turn)
        jdbc.sql("""
                WITH st AS (SELECT st.session_id, array_agg(st.topic_id ORDER BY t.number) AS ids
                              FROM training_session_topic st JOIN training_topic t ON t.id = st.topic_id WHERE t.programme_id = :p
                             GROUP BY st.session_id),
                     q AS (SELECT a.id, a.session_id, row_number() OVER (PARTITION BY a.import_id ORDER BY a.import_row) - 1 AS i
                             FROM training_ask a WHERE a.programme_id = :p AND a.source = 'ZOOM' AND a.topic_id IS NULL)
                UPDATE training_ask a SET topic_id = st.ids[1 + q.i % array_length(st.ids, 1)]
                  FROM q JOIN st ON st.session_id = q.session_id WHERE a.id = q.id""")
                .param("p", p.id()).update();
        // questions asked on the site, a few per topic, by registrants with their code
        List<Long> registrants = jdbc.sql("SELECT id FROM training_registration WHERE programme_id = ? AND status = 'REGISTERED' ORDER BY id")
                .param(p.id()).query(Long.class).list();
        Map<Long, Instant> firstSession = new HashMap<>();
        Map<Long, List<Long>> st = store.sessionTopics(p.id());
        for (Session s : sessions) {
            for (long t : st.getOrDefault(s.id(), List.of())) {
                firstSession.putIfAbsent(t, s.startsAt());
            }
        }
        List<Object[]> rows = new ArrayList<>();
        int k = 0;
        for (Topic t : topics.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            Instant at = firstSession.getOrDefault(t.id(), p.startsOn().atStartOfDay(ZONE).toInstant());
            for (int i = 0; i < SITE_QUESTIONS_PER_TOPIC; i++, k++) {
                long r = registrants.isEmpty() ? 0 : registrants.get((int) ((k * 2654435761L) % registrants.size()));
                Instant when = at.minus(Duration.ofHours(48)).plus(Duration.ofMinutes(37L * i * 7));
                rows.add(new Object[] {p.id(), t.id(), registrants.isEmpty() ? null : r, SITE_QUESTIONS[(i + t.number()) % SITE_QUESTIONS.length],
                        Timestamp.from(when)});
            }
        }
        template.batchUpdate("""
                INSERT INTO training_ask (programme_id, topic_id, registration_id, source, asker_name, body, created_at, updated_at)
                SELECT CAST(? AS bigint), CAST(? AS bigint), r.id, 'SITE', coalesce(r.full_name, ''), CAST(? AS text), CAST(? AS timestamptz), now()
                  FROM (SELECT CAST(? AS bigint) AS id) x
                  LEFT JOIN training_registration r ON r.id = x.id""",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[3], r[4], r[2]}).toList());
        // moderation: a few rejected (off-topic), most approved; three in four approved ones answered by the topic's
        // first speaker, two in three answered ones published on the topic page
        jdbc.sql("""
                UPDATE training_ask a SET status = CASE WHEN (a.id * 2654435761) % 100 < 3 THEN 'REJECTED' ELSE 'APPROVED' END
                 WHERE a.programme_id = ?""").param(p.id()).update();
        jdbc.sql("""
                UPDATE training_ask a
                   SET answer_html = '<p>Cảm ơn anh/chị đã gửi câu hỏi. Báo cáo viên đã giải đáp trong buổi học; tóm tắt: chủ thể cần chuẩn bị hồ sơ '
                                     || 'theo hướng dẫn của Văn phòng Điều phối nông thôn mới tỉnh và liên hệ cán bộ phụ trách OCOP cấp xã để được hỗ trợ.</p>',
                       answered_at = greatest(a.created_at, s.ends_at) + interval '2 days', answered_by = ?,
                       speaker_id = (SELECT ts.speaker_id FROM training_topic_speaker ts WHERE ts.topic_id = a.topic_id ORDER BY ts.speaker_id LIMIT 1),
                       published = (a.id * 40503) % 3 <> 0, updated_at = now()
                  FROM training_session s
                 WHERE a.programme_id = ? AND a.status = 'APPROVED' AND (a.id * 2654435761) % 100 < 78
                   AND s.id = coalesce(a.session_id, (SELECT min(st.session_id) FROM training_session_topic st WHERE st.topic_id = a.topic_id))""")
                .params(ACTOR, p.id()).update();
    }

    private void survey(Programme p, List<Topic> topics) {
        topics.sort((a, b) -> Integer.compare(a.number(), b.number()));
        long survey = jdbc.sql("""
                INSERT INTO training_survey (programme_id, scope, title, intro, kirkpatrick, timing, anonymous, status, opens_at, closes_at)
                VALUES (?, 'PROGRAMME', 'Phiếu đánh giá sau chuỗi tập huấn', 'Ý kiến của anh/chị giúp ban tổ chức cải tiến các lớp sau.',
                        1, 'POST', false, 'CLOSED', TIMESTAMPTZ '2021-10-18 11:30+07', TIMESTAMPTZ '2021-10-25 23:59+07') RETURNING id""")
                .param(p.id()).query(Long.class).single();
        long overall = item(survey, 1, "RATING", "Đánh giá chung của anh/chị về chuỗi tập huấn", new String[0], true, true);
        long content = item(survey, 2, "RATING", "Nội dung các chuyên đề phù hợp với công việc của tôi", new String[0], true, false);
        long useful = item(survey, 3, "SINGLE", "Chuyên đề hữu ích nhất đối với anh/chị",
                topics.stream().map(t -> "Chuyên đề " + t.number()).toArray(String[]::new), false, false);
        long nps = item(survey, 4, "NPS", "Anh/chị có giới thiệu chuỗi tập huấn cho đồng nghiệp không? (0–10)", new String[0], false, false);
        long comment = item(survey, 5, "TEXT", "Góp ý cho ban tổ chức", new String[0], false, false);
        int total = 0;
        for (int[] r : RATINGS) {
            total += r[1];
        }
        // respondents: registrants who attended on Zoom first, in a scrambled but fixed order
        List<Object[]> respondents = jdbc.sql("""
                SELECT r.id, r.category FROM training_registration r
                 WHERE r.programme_id = ? AND r.status = 'REGISTERED'
                 ORDER BY EXISTS (SELECT 1 FROM training_attendance a WHERE a.registration_id = r.id AND a.status <> 'ABSENT') DESC,
                          (r.id * 2654435761) % 1000003
                 LIMIT ?""").params(p.id(), total).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        List<Object[]> answers = new ArrayList<>();
        int i = 0;
        int band = 0;
        int left = RATINGS[0][1];
        for (Object[] r : respondents) {
            while (left == 0) {
                left = RATINGS[++band][1];
            }
            left--;
            int rating = RATINGS[band][0];
            long response = jdbc.sql("""
                    INSERT INTO training_survey_response (survey_id, registration_id, category, submitted_at) VALUES (?, ?, ?, ?) RETURNING id""")
                    .params(survey, r[0], r[1], Timestamp.from(Instant.parse("2021-10-18T04:35:00Z").plus(Duration.ofSeconds(131L * i))))
                    .query(Long.class).single();
            answers.add(new Object[] {response, overall, rating, new Integer[0], ""});
            answers.add(new Object[] {response, content, Math.max(1, Math.min(5, rating + (i % 3 == 0 ? -1 : 0))), new Integer[0], ""});
            // choices are numbered from 1, as the survey screens store them
            answers.add(new Object[] {response, useful, null, new Integer[] {(int) ((i * 7L) % topics.size()) + 1}, ""});
            answers.add(new Object[] {response, nps, Math.min(10, rating * 2 - (i % 2)), new Integer[0], ""});
            if (i % 4 == 0) {
                answers.add(new Object[] {response, comment, null, new Integer[0], COMMENTS[(i / 4) % COMMENTS.length]});
            }
            i++;
        }
        template.batchUpdate("INSERT INTO training_survey_answer (response_id, item_id, number, choices, text) VALUES (?, ?, ?, ?, ?)", answers);
        // "positive" by the programme's rule: the marker item's rating at least positive_min_rating
        jdbc.sql("""
                UPDATE training_survey_response r
                   SET positive = EXISTS (SELECT 1 FROM training_survey_answer a JOIN training_survey_item it ON it.id = a.item_id AND it.positive_marker
                                           WHERE a.response_id = r.id AND a.number >= p.positive_min_rating)
                  FROM training_survey s JOIN training_programme p ON p.id = s.programme_id
                 WHERE r.survey_id = s.id AND s.id = ?""").param(survey).update();
    }

    private long item(long survey, int position, String kind, String label, String[] options, boolean required, boolean marker) {
        return jdbc.sql("""
                INSERT INTO training_survey_item (survey_id, position, kind, label, options, required, positive_marker)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(survey, position, kind, label, options, required, marker).query(Long.class).single();
    }
}
