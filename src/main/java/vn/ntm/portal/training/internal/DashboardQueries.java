package vn.ntm.portal.training.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Level;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.DashboardReport.Column;
import vn.ntm.portal.training.internal.DashboardReport.Figure;
import vn.ntm.portal.training.internal.DashboardReport.Kind;
import vn.ntm.portal.training.internal.DashboardReport.Row;
import vn.ntm.portal.training.internal.DashboardReport.Table;

/**
 * Computes a programme's {@link DashboardReport} with a handful of aggregate queries, each one over an index range
 * (V32): registrations counted once per combination of status, province, category, level and channel (in the index's
 * order) and added up per dimension here; attendance per session and status from the tally its triggers keep (V33);
 * reach per session and platform from the imports that are not superseded plus the manual rows; questions per topic;
 * responses per survey. Nothing is counted in Java row by row, so the cost does not grow with the
 * number of registrations or Zoom intervals beyond the index scans.
 *
 * <p>Registrants are the registrations not withdrawn or rejected (pending, registered, waiting, offered, expired).
 * Questions are those not rejected; answered means an answer was written.
 */
@Component
public class DashboardQueries {

    /** Registration statuses that are not counted as registrants. */
    static final List<String> NOT_REGISTRANTS = List.of(RegistrationStatus.WITHDRAWN.name(), RegistrationStatus.REJECTED.name());

    private static final String[] PLATFORMS = {"ZOOM", "YOUTUBE", "FACEBOOK"};
    private static final String[] PLATFORM_LABELS = {"Zoom", "YouTube", "Facebook"};

    private final JdbcClient jdbc;
    private final TrainingStore store;

    DashboardQueries(JdbcClient jdbc, TrainingStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The dashboard of {@code programme}, read in one read-only transaction (one consistent snapshot). */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public DashboardReport report(Programme programme) {
        long p = programme.id();
        List<Topic> topics = store.topics(p);
        List<Session> sessions = store.sessions(p);
        Map<Long, List<Long>> sessionTopics = store.sessionTopics(p);
        List<Province> provinces = store.provinces(programme.provinceVersion());

        // registrations: one scan, five groupings
        Map<String, Long> byProvince = new HashMap<>();
        Map<String, Long> byCategory = new HashMap<>();
        Map<String, Long> byLevel = new HashMap<>();
        Map<String, Long> byChannel = new HashMap<>();
        Map<String, Long> byStatus = new HashMap<>();
        long[] totals = new long[2];
        // the rows come in the order of the index, so PostgreSQL counts them without a hash table; Java adds up the
        // few hundred combinations per dimension
        jdbc.sql("""
                SELECT status, province_code, category, coalesce(level, '') AS level, channel, count(*) AS n
                  FROM training_registration
                 WHERE programme_id = ?
                 GROUP BY status, province_code, category, level, channel""")
                .param(p)
                .query((rs, i) -> {
                    long n = rs.getLong("n");
                    String status = rs.getString("status");
                    byStatus.merge(status, n, Long::sum);
                    totals[1] += n;
                    if (!NOT_REGISTRANTS.contains(status)) {
                        byProvince.merge(rs.getString("province_code"), n, Long::sum);
                        byCategory.merge(rs.getString("category"), n, Long::sum);
                        byLevel.merge(rs.getString("level"), n, Long::sum);
                        byChannel.merge(rs.getString("channel"), n, Long::sum);
                        totals[0] += n;
                    }
                    return null;
                }).list();
        long registrants = totals[0];

        List<Table> tables = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();

        // per province: every province of the programme's version, most registrants first, then by code
        List<Row> provinceRows = new ArrayList<>();
        List<Province> sorted = new ArrayList<>(provinces);
        sorted.sort((a, b) -> {
            int c = Long.compare(byProvince.getOrDefault(b.code(), 0L), byProvince.getOrDefault(a.code(), 0L));
            return c != 0 ? c : a.code().compareTo(b.code());
        });
        long provincesWith = 0;
        for (Province pr : sorted) {
            long n = byProvince.getOrDefault(pr.code(), 0L);
            provincesWith += n > 0 ? 1 : 0;
            provinceRows.add(new Row(pr.name(), cells(n, share(n, registrants))));
        }
        List<Column> countShare = List.of(new Column("Số người", Kind.COUNT), new Column("Tỷ lệ", Kind.PERCENT));
        tables.add(new Table("tinh", "Theo tỉnh", "Người đăng ký theo tỉnh, thành phố", "Tỉnh/Thành phố", countShare, provinceRows, "hbar",
                "Danh sách " + provinces.size() + " tỉnh, thành phố theo đơn vị hành chính " + (programme.provinceVersion() == 2004
                        ? "trước ngày 01/7/2025" : "từ ngày 01/7/2025") + ", nhiều người đăng ký nhất trước."));

        tables.add(new Table("doi-tuong", "Theo đối tượng", "Người đăng ký theo đối tượng", "Đối tượng", countShare,
                labelled(Category.values(), byCategory, registrants, null), "hbar", ""));
        tables.add(new Table("cap", "Theo cấp", "Người đăng ký theo cấp công tác", "Cấp", countShare,
                labelled(Level.values(), byLevel, registrants, "Không ghi"), "hbar", ""));
        tables.add(new Table("kenh", "Theo kênh", "Người đăng ký theo kênh tham gia", "Kênh", countShare,
                labelled(Delivery.values(), byChannel, registrants, null), "hbar", ""));
        List<Row> statusRows = new ArrayList<>();
        for (RegistrationStatus s : RegistrationStatus.values()) {
            long n = byStatus.getOrDefault(s.name(), 0L);
            if (n > 0) {
                statusRows.add(new Row(s.label(), cells(n)));
            }
        }
        tables.add(new Table("tinh-trang", "Tình trạng đăng ký", "Đăng ký theo tình trạng", "Tình trạng", List.of(new Column("Số đăng ký", Kind.NUMBER)), statusRows, null,
                "Người đăng ký là các đăng ký chưa hủy và không bị từ chối."));

        // topics with their sessions and questions
        Map<Long, long[]> asks = new HashMap<>(); // topic id (0 = none) → asked, answered, published
        jdbc.sql("""
                SELECT coalesce(topic_id, 0) AS topic, count(*) FILTER (WHERE status <> 'REJECTED') AS asked,
                       count(*) FILTER (WHERE status <> 'REJECTED' AND answered_at IS NOT NULL) AS answered,
                       count(*) FILTER (WHERE published) AS published
                  FROM training_ask WHERE programme_id = ? GROUP BY 1""")
                .param(p).query((rs, i) -> asks.put(rs.getLong("topic"), new long[] {rs.getLong("asked"), rs.getLong("answered"), rs.getLong("published")}))
                .list();
        Map<Long, List<Integer>> topicSessions = new HashMap<>();
        for (Session s : sessions) {
            for (long t : sessionTopics.getOrDefault(s.id(), List.of())) {
                topicSessions.computeIfAbsent(t, k -> new ArrayList<>()).add(s.number());
            }
        }
        List<Row> topicRows = new ArrayList<>();
        long asked = 0;
        long answered = 0;
        for (Topic t : topics) {
            long[] a = asks.getOrDefault(t.id(), new long[3]);
            asked += a[0];
            answered += a[1];
            List<Integer> in = topicSessions.getOrDefault(t.id(), List.of());
            topicRows.add(new Row("Chuyên đề " + t.number() + ". " + t.title(), cells(
                    in.isEmpty() ? "—" : "Buổi " + String.join(", ", in.stream().map(String::valueOf).toList()),
                    a[0], a[1], share(a[1], a[0]), a[2])));
        }
        long[] none = asks.get(0L);
        if (none != null && none[0] > 0) {
            asked += none[0];
            answered += none[1];
            topicRows.add(new Row("Chưa gắn chuyên đề", cells("—", none[0], none[1], share(none[1], none[0]), none[2])));
        }
        tables.add(new Table("chuyen-de", "Câu hỏi theo chuyên đề", "Câu hỏi theo chuyên đề", "Chuyên đề",
                List.of(new Column("Buổi", Kind.TEXT), new Column("Câu hỏi", Kind.COUNT), new Column("Đã trả lời", Kind.COUNT),
                        new Column("Tỷ lệ đã trả lời", Kind.PERCENT), new Column("Đã công bố", Kind.NUMBER)),
                topicRows, "hbar", "Câu hỏi gửi trên trang, kèm phiếu đăng ký và nhập từ báo cáo hỏi đáp của Zoom; không tính câu hỏi bị từ chối."));

        // identified attendance per session
        Long[] ids = sessions.stream().map(Session::id).toArray(Long[]::new);
        Map<Long, Map<String, Long>> attendance = new HashMap<>();
        jdbc.sql("SELECT session_id, status, n FROM training_attendance_tally WHERE session_id = ANY (?)")
                .param(ids).query((rs, i) -> attendance.computeIfAbsent(rs.getLong("session_id"), k -> new HashMap<>())
                        .put(rs.getString("status"), rs.getLong("n"))).list();
        Map<Long, Long> pending = new HashMap<>();
        jdbc.sql("""
                SELECT q.session_id, sum(q.n) AS n
                  FROM (SELECT session_id, import_id, count(*) AS n FROM training_zoom_person
                         WHERE session_id = ANY (?) AND review_state = 'PENDING' GROUP BY session_id, import_id) q
                  JOIN training_import i ON i.id = q.import_id AND i.superseded_by IS NULL
                 GROUP BY q.session_id""")
                .param(ids).query((rs, i) -> pending.put(rs.getLong("session_id"), rs.getLong("n"))).list();
        List<Row> attendanceRows = new ArrayList<>();
        long attended = 0;
        for (Session s : sessions) {
            Map<String, Long> a = attendance.getOrDefault(s.id(), Map.of());
            long present = a.getOrDefault("PRESENT", 0L);
            long late = a.getOrDefault("LATE", 0L);
            long absent = a.getOrDefault("ABSENT", 0L);
            attended += present + late;
            attendanceRows.add(new Row(sessionLabel(s), cells(present, late, absent, share(present + late, present + late + absent),
                    pending.getOrDefault(s.id(), 0L))));
        }
        tables.add(new Table("diem-danh", "Điểm danh theo buổi", "Điểm danh có định danh theo buổi (Zoom)", "Buổi",
                List.of(new Column("Có mặt", Kind.COUNT), new Column("Đi muộn", Kind.COUNT), new Column("Vắng", Kind.COUNT),
                        new Column("Tỷ lệ tham dự", Kind.PERCENT), new Column("Chờ đối chiếu", Kind.NUMBER)),
                attendanceRows, "bar", "Người đăng ký được đối chiếu với báo cáo Zoom; \"chờ đối chiếu\" là người trên Zoom chưa khớp với đăng ký nào."));

        // reach per session and platform ("lượt", never people)
        Map<Long, Map<String, Object[]>> reach = new HashMap<>();
        jdbc.sql("""
                SELECT r.session_id, r.platform, CAST(sum(r.views) AS bigint) AS views, max(r.peak_concurrent) AS peak, sum(r.watch_time_hours) AS hours
                  FROM training_reach r LEFT JOIN training_import i ON i.id = r.import_id
                 WHERE r.session_id = ANY (?) AND (r.import_id IS NULL OR i.superseded_by IS NULL)
                 GROUP BY r.session_id, r.platform""")
                .param(ids).query((rs, i) -> reach.computeIfAbsent(rs.getLong("session_id"), k -> new HashMap<>())
                        .put(rs.getString("platform"), new Object[] {rs.getObject("views", Long.class), rs.getObject("peak", Long.class),
                                rs.getBigDecimal("hours")})).list();
        List<Row> reachRows = new ArrayList<>();
        long[] perPlatform = new long[3];
        Long[] peakPlatform = new Long[3];
        BigDecimal[] hoursPlatform = new BigDecimal[3];
        long visits = 0;
        for (Session s : sessions) {
            Map<String, Object[]> r = reach.getOrDefault(s.id(), Map.of());
            List<Object> cells = new ArrayList<>();
            long total = 0;
            boolean any = false;
            for (int k = 0; k < PLATFORMS.length; k++) {
                Object[] v = r.get(PLATFORMS[k]);
                Long views = v == null ? null : (Long) v[0];
                cells.add(views);
                if (views != null) {
                    total += views;
                    perPlatform[k] += views;
                    any = true;
                }
                if (v != null && v[1] != null) {
                    peakPlatform[k] = peakPlatform[k] == null ? (Long) v[1] : Math.max(peakPlatform[k], (Long) v[1]);
                }
                if (v != null && v[2] != null) {
                    hoursPlatform[k] = hoursPlatform[k] == null ? (BigDecimal) v[2] : hoursPlatform[k].add((BigDecimal) v[2]);
                }
            }
            visits += total;
            cells.add(any ? total : null);
            reachRows.add(new Row(sessionLabel(s), cells));
        }
        tables.add(new Table("luot-buoi", "Lượt theo buổi", "Lượt học viên theo buổi và nền tảng", "Buổi",
                List.of(new Column("Zoom (lượt)", Kind.COUNT), new Column("YouTube (lượt)", Kind.COUNT), new Column("Facebook (lượt)", Kind.COUNT),
                        new Column("Tổng (lượt)", Kind.NUMBER)),
                reachRows, "bar", "Lượt xem, không phải số người: một người xem hai lần là hai lượt. Chỉ tính báo cáo đang dùng (không tính tệp đã bị thay) và số liệu nhập tay."));
        List<Row> platformRows = new ArrayList<>();
        for (int k = 0; k < PLATFORMS.length; k++) {
            platformRows.add(new Row(PLATFORM_LABELS[k], cells(perPlatform[k], share(perPlatform[k], visits),
                    peakPlatform[k] == null ? (Object) null : peakPlatform[k],
                    hoursPlatform[k] == null ? (Object) null : hoursPlatform[k].setScale(0, java.math.RoundingMode.HALF_UP).longValue())));
        }
        tables.add(new Table("nen-tang", "Lượt theo nền tảng", "Lượt học viên theo nền tảng", "Nền tảng",
                List.of(new Column("Lượt", Kind.COUNT), new Column("Tỷ lệ", Kind.PERCENT), new Column("Cao nhất cùng lúc (lượt)", Kind.NUMBER),
                        new Column("Giờ xem", Kind.NUMBER)),
                platformRows, "hbar", "Cao nhất cùng lúc: lớn nhất trong các buổi."));

        // feedback
        List<Row> surveyRows = new ArrayList<>();
        long[] feedback = new long[2];
        jdbc.sql("""
                SELECT s.title, s.kirkpatrick, coalesce(r.responses, 0) AS responses, coalesce(r.positive, 0) AS positive
                  FROM training_survey s
                  LEFT JOIN LATERAL (SELECT count(*) AS responses, count(*) FILTER (WHERE positive) AS positive
                                       FROM training_survey_response WHERE survey_id = s.id) r ON true
                 WHERE s.programme_id = ? ORDER BY s.id""")
                .param(p).query((rs, i) -> {
                    long n = rs.getLong("responses");
                    long pos = rs.getLong("positive");
                    feedback[0] += n;
                    feedback[1] += pos;
                    surveyRows.add(new Row(rs.getString("title"), cells("Cấp độ " + rs.getInt("kirkpatrick"), n, pos, share(pos, n))));
                    return null;
                }).list();
        tables.add(new Table("phan-hoi", "Phản hồi", "Phản hồi của học viên theo phiếu khảo sát", "Phiếu khảo sát",
                List.of(new Column("Cấp độ đánh giá", Kind.TEXT), new Column("Phản hồi", Kind.COUNT), new Column("Tích cực", Kind.COUNT),
                        new Column("Tỷ lệ tích cực", Kind.PERCENT)),
                surveyRows, "hbar", "Phản hồi tích cực: điểm của câu đánh giá chung từ " + positiveMin(p) + " trở lên."));

        figures.add(new Figure("registrants", "Người đăng ký", registrants, "người",
                totals[1] > registrants ? "không tính " + vn.ntm.portal.shared.VietnameseFormat.number(totals[1] - registrants) + " đăng ký đã hủy hoặc bị từ chối" : ""));
        figures.add(new Figure("provinces", "Tỉnh, thành phố có người đăng ký", provincesWith, "/ " + provinces.size(), ""));
        figures.add(new Figure("topics", "Chuyên đề", topics.size(), "chuyên đề", ""));
        figures.add(new Figure("sessions", "Buổi tập huấn", sessions.size(), "buổi", ""));
        figures.add(new Figure("attended", "Lượt tham dự Zoom có định danh", attended, "lượt", "có mặt hoặc đi muộn, cộng các buổi"));
        figures.add(new Figure("visits", "Lượt học viên trên các nền tảng", visits, "lượt", "Zoom, YouTube và Facebook; không phải số người"));
        figures.add(new Figure("questions", "Câu hỏi của học viên", asked, "câu hỏi",
                asked == 0 ? "" : "đã trả lời " + vn.ntm.portal.shared.VietnameseFormat.number(answered) + " (" + DashboardReport.percent(100.0 * answered / asked) + ")"));
        figures.add(new Figure("positive", "Phản hồi tích cực", feedback[1], "phản hồi",
                feedback[0] == 0 ? "" : "trên " + vn.ntm.portal.shared.VietnameseFormat.number(feedback[0]) + " phản hồi"));
        return new DashboardReport(programme, store.coorganisers(p), figures, tables);
    }

    /** The place printed on the closing report's title page: the certificates' place when set, else "Hà Nội". */
    public String place(long programmeId) {
        return jdbc.sql("SELECT place FROM training_certificate_settings WHERE programme_id = ?").param(programmeId).query(String.class)
                .optional().filter(s -> !s.isBlank()).orElse("Hà Nội");
    }

    private int positiveMin(long programmeId) {
        return jdbc.sql("SELECT positive_min_rating FROM training_programme WHERE id = ?").param(programmeId).query(Integer.class).single();
    }

    private static String sessionLabel(Session s) {
        return "Buổi " + s.number() + " (" + vn.ntm.portal.shared.VietnameseFormat.date(s.startsAt()) + ")";
    }

    private static <E extends Enum<E> & Labelled> List<Row> labelled(E[] values, Map<String, Long> counts, long whole, String unknown) {
        List<Row> rows = new ArrayList<>();
        for (E e : values) {
            long n = counts.getOrDefault(e.name(), 0L);
            rows.add(new Row(e.label(), cells(n, share(n, whole))));
        }
        long blank = counts.getOrDefault("", 0L);
        if (unknown != null && blank > 0) {
            rows.add(new Row(unknown, cells(blank, share(blank, whole))));
        }
        return rows;
    }

    private static Object share(long part, long whole) {
        return DashboardReport.share(part, whole);
    }

    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
