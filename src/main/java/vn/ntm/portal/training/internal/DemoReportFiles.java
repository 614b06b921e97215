package vn.ntm.portal.training.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Realistic platform report files for the demo series, in the formats of the platforms' exports (see the training
 * section of the README): per session a Zoom webinar attendee report (registrants with their e-mail addresses or phones
 * and province, some renamed without diacritics, rejoins, no-shows, people who are not registrants, "Other Attended"),
 * a YouTube Studio "Table data" CSV, a Facebook page video CSV and a Zoom webinar Q&amp;A report. Pure and
 * deterministic for a seed: the same input gives the same bytes, so re-seeding is recognised by the files' hashes.
 *
 * <p>The learner-visits that {@code ReportImports.parse} and {@code ReachFigures} read from the files of all sessions
 * add up to about {@link #TARGET_VISITS}: the Zoom visits are counted as the parser does (attended join rows and other
 * attendees overlapping the session), YouTube takes a share of each session's target and Facebook's 3-second views make
 * up the rest.
 */
public final class DemoReportFiles {

    /** Learner-visits over all sessions and platforms (about; each session's target is jittered by up to ±1 %). */
    public static final int TARGET_VISITS = 100_000;
    /** Zoom Q&amp;A questions per topic of a session. */
    public static final int ZOOM_QUESTIONS_PER_TOPIC = 20;

    /** A registrant the Zoom report may show. */
    public record Registrant(String fullName, String email, String phone, String provinceName) {
    }

    /**
     * One session.
     *
     * @param weight its share of the visits relative to the other sessions (first and last sessions draw more)
     * @param webinarId the Zoom webinar id (digits)
     * @param topics the titles of the topics it covers
     * @param speakers names of its speakers (panelists)
     */
    public record SessionSpec(int number, String title, Instant start, Instant end, double weight, String webinarId, List<String> topics,
                              List<String> speakers) {
        public SessionSpec {
            topics = List.copyOf(topics);
            speakers = List.copyOf(speakers);
        }
    }

    /** A generated file: its session number, name and bytes. */
    public record File(int session, String name, byte[] content) {
        @Override
        public boolean equals(Object o) {
            return o instanceof File f && f.session == session && f.name.equals(name) && java.util.Arrays.equals(f.content, content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(session, name, java.util.Arrays.hashCode(content));
        }
    }

    private static final DateTimeFormatter ZOOM = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss", Locale.US);
    private static final DateTimeFormatter ZOOM_GENERATED = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US);
    private static final DateTimeFormatter YOUTUBE_DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter FACEBOOK = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.US);

    private static final String[] OUTSIDERS = {"iPhone", "Samsung Galaxy A52", "Phòng họp UBND xã", "Khách mời", "OPPO A74", "Admin",
            "Văn phòng HTX", "Máy tính phòng kế toán", "Zoom user", "Redmi Note 10"};
    private static final String[] QUESTION_FORMS = {
            "Sản phẩm của hợp tác xã mới thành lập có được tham gia %s không?",
            "Xin cho biết hồ sơ cần chuẩn bị khi áp dụng nội dung \"%s\" ở cấp xã?",
            "Hộ sản xuất nhỏ lẻ vận dụng \"%s\" như thế nào cho phù hợp?",
            "Kinh phí hỗ trợ cho nội dung \"%s\" lấy từ nguồn nào?",
            "Có tài liệu mẫu nào về \"%s\" để địa phương tham khảo không?",
            "Sản phẩm đã đạt 3 sao muốn nâng hạng thì cần làm gì thêm về \"%s\"?",
            "Ở miền núi, việc thực hiện \"%s\" gặp khó về nhân lực, ban tổ chức có khuyến nghị gì?",
            "Thời gian thẩm định liên quan đến \"%s\" thường kéo dài bao lâu?",
            "Doanh nghiệp liên kết với hợp tác xã thì ai đứng tên khi thực hiện \"%s\"?",
            "Xin báo cáo viên cho ví dụ thực tế thành công về \"%s\".",
            "Cán bộ cấp xã cần hướng dẫn chủ thể những bước nào trong \"%s\"?",
            "Sản phẩm chế biến từ dược liệu có yêu cầu riêng nào về \"%s\" không?",
            "Chi phí thuê tư vấn cho \"%s\" có được hỗ trợ không?",
            "Nên bắt đầu từ đâu khi chủ thể chưa có kinh nghiệm về \"%s\"?",
            "Có cần xác nhận của Ủy ban nhân dân xã cho nội dung \"%s\" không?",
            "Khi sáp nhập đơn vị hành chính, hồ sơ \"%s\" đã nộp có phải làm lại không?",
            "Bộ tiêu chí mới thay đổi gì so với trước về \"%s\"?",
            "Làm thế nào để đánh giá hiệu quả sau khi áp dụng \"%s\"?",
            "Chủ thể là tổ hợp tác có được áp dụng \"%s\" như hợp tác xã không?",
            "Xin gửi lại tài liệu trình chiếu phần \"%s\" được không?",
            "Bao bì sản phẩm hiện tại chưa đạt, có ảnh hưởng đến \"%s\" không?",
            "Thương mại điện tử hỗ trợ gì cho \"%s\"?"};
    private static final String[] ANSWERS = {
            "Báo cáo viên đã trả lời trực tiếp trong buổi học.",
            "Có. Đề nghị tham khảo Quyết định 148/QĐ-TTg và hướng dẫn của tỉnh.",
            "Ban tổ chức sẽ gửi tài liệu tham khảo qua e-mail cho học viên."};

    private DemoReportFiles() {
    }

    /** The four files of one session, built from {@code pool} (the registrants who may come on Zoom) with {@code seed}. */
    public static List<File> forSession(SessionSpec session, List<Registrant> pool, double totalWeight, ZoneId zone, long seed) {
        Random random = new Random(seed * 31 + session.number());
        Window w = new Window(session.start(), session.end());
        List<File> files = new ArrayList<>();
        StringBuilder zoom = new StringBuilder();
        int zoomVisits = zoomWebinar(zoom, session, pool, zone, random, w);
        files.add(new File(session.number(), "zoom-webinar-buoi-" + session.number() + ".csv", bom(zoom)));
        long target = Math.round(TARGET_VISITS * session.weight() / totalWeight * (0.99 + 0.02 * random.nextDouble()));
        long youtube = Math.round((target - zoomVisits) * (0.40 + 0.06 * random.nextDouble()));
        long facebook = Math.max(0, target - zoomVisits - youtube);
        files.add(new File(session.number(), "youtube-table-data-buoi-" + session.number() + ".csv",
                youtube(session, youtube, zone, random).getBytes(StandardCharsets.UTF_8)));
        files.add(new File(session.number(), "facebook-videos-buoi-" + session.number() + ".csv",
                facebook(session, facebook, zone, random).getBytes(StandardCharsets.UTF_8)));
        StringBuilder qa = new StringBuilder();
        zoomQa(qa, session, pool, zone, random);
        files.add(new File(session.number(), "zoom-qa-buoi-" + session.number() + ".csv", bom(qa)));
        return files;
    }

    /** Every session's files, in session order. */
    public static List<File> all(List<SessionSpec> sessions, List<Registrant> pool, ZoneId zone, long seed) {
        double total = sessions.stream().mapToDouble(SessionSpec::weight).sum();
        List<File> out = new ArrayList<>();
        for (SessionSpec s : sessions) {
            out.addAll(forSession(s, pool, total, zone, seed));
        }
        return out;
    }

    private record Window(Instant start, Instant end) {
        boolean overlaps(Instant a, Instant b) {
            return b.isAfter(start) && a.isBefore(end);
        }
    }

    /** Writes the attendee report; returns the visits the parser will count (attended rows and others overlapping the session). */
    private static int zoomWebinar(StringBuilder b, SessionSpec s, List<Registrant> pool, ZoneId zone, Random random, Window w) {
        long minutes = Duration.between(s.start(), s.end()).toMinutes();
        List<Registrant> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        int coming = Math.min(shuffled.size(), (int) Math.round(shuffled.size() * (0.34 + 0.08 * random.nextDouble())));
        int noShows = Math.min(shuffled.size() - coming, coming / 10);
        int outsiders = 25 + random.nextInt(15);
        int others = 70 + random.nextInt(30);
        List<String[]> attendeeRows = new ArrayList<>();
        int visits = 0;
        int unique = 0;
        Instant actualStart = s.start().minusSeconds(60 + random.nextInt(240));
        for (int i = 0; i < coming; i++) {
            Registrant r = shuffled.get(i);
            String shown = random.nextInt(8) == 0 ? fold(r.fullName()) : r.fullName();
            String email = r.email() != null ? r.email() : "hv" + Integer.toHexString(r.fullName().hashCode() & 0xffff) + i + "@example.net";
            String phone = r.phone() == null ? "" : "0" + r.phone().substring(3);
            String[] names = r.fullName().split(" ");
            String first = names[names.length - 1];
            String last = String.join(" ", java.util.Arrays.copyOf(names, names.length - 1));
            Instant registered = s.start().minus(Duration.ofHours(24 + random.nextInt(24 * 14)));
            List<Instant[]> intervals = stay(s, random, minutes);
            unique++;
            for (Instant[] in : intervals) {
                attendeeRows.add(new String[] {"Yes", shown, first, last, email, phone, zoom(registered, zone), "approved", zoom(in[0], zone),
                        zoom(in[1], zone), String.valueOf(Duration.between(in[0], in[1]).toMinutes()), "No", r.provinceName(), "Vietnam"});
                if (w.overlaps(in[0], in[1])) {
                    visits++;
                }
            }
        }
        for (int i = coming; i < coming + noShows; i++) {
            Registrant r = shuffled.get(i);
            String[] names = r.fullName().split(" ");
            attendeeRows.add(new String[] {"No", r.fullName(), names[names.length - 1], names[0],
                    r.email() != null ? r.email() : "vang" + i + "@example.net", r.phone() == null ? "" : "0" + r.phone().substring(3),
                    zoom(s.start().minus(Duration.ofDays(3)), zone), "approved", "--", "--", "--", "--", r.provinceName(), "--"});
        }
        for (int i = 0; i < outsiders; i++) {
            String name = OUTSIDERS[random.nextInt(OUTSIDERS.length)] + " " + (100 + random.nextInt(900));
            Instant join = s.start().plusSeconds(random.nextInt(3600));
            Instant leave = join.plusSeconds(600 + random.nextInt(7200));
            if (leave.isAfter(s.end())) {
                leave = s.end();
            }
            attendeeRows.add(new String[] {"Yes", name, name, "", "khach" + s.number() + "x" + i + "@example.org", "",
                    zoom(s.start().minus(Duration.ofHours(2)), zone), "approved", zoom(join, zone), zoom(leave, zone),
                    String.valueOf(Duration.between(join, leave).toMinutes()), "Yes", "", "Vietnam"});
            unique++;
            visits++;
        }
        // Zoom lists attendees in join order within a person's rows; the report is not sorted otherwise
        Collections.shuffle(attendeeRows, random);
        List<String[]> otherRows = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            Instant join = s.start().plusSeconds(random.nextInt((int) (minutes * 60 - 900)));
            Instant leave = join.plusSeconds(300 + random.nextInt(5400));
            if (leave.isAfter(s.end())) {
                leave = s.end();
            }
            otherRows.add(new String[] {"Khách xem " + (i + 1), zoom(join, zone), zoom(leave, zone),
                    String.valueOf(Duration.between(join, leave).toMinutes()), "Vietnam"});
            visits++;
            unique++;
        }
        ZonedDateTime generated = s.end().plus(Duration.ofHours(7)).atZone(zone);
        line(b, "Attendee Report", "");
        line(b, "Report Generated:", generated.format(ZOOM_GENERATED));
        line(b, "Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered", "# Cancelled", "Unique Viewers",
                "Total Users", "Max Concurrent Views");
        line(b, title(s), spaced(s.webinarId()), zoom(actualStart, zone), String.valueOf(minutes + 5), String.valueOf(coming + noShows + outsiders),
                String.valueOf(noShows / 4), String.valueOf(unique), String.valueOf(visits), String.valueOf(Math.round(unique * 0.82)));
        line(b, "Host Details", "");
        line(b, "Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
                "Country/Region Name");
        line(b, "Yes", "Văn phòng Điều phối NTM", "vanphong.ntm@example.vn", zoom(actualStart.minusSeconds(600), zone),
                zoom(s.end().plusSeconds(300), zone), String.valueOf(minutes + 15), "No", "Vietnam");
        line(b, "Panelist Details", "");
        line(b, "Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
                "Country/Region Name");
        int k = 0;
        for (String speaker : s.speakers()) {
            line(b, "Yes", speaker, "bcv" + s.number() + "." + (++k) + "@example.edu.vn", zoom(actualStart.minusSeconds(300), zone),
                    zoom(s.end(), zone), String.valueOf(minutes + 5), "No", "Vietnam");
        }
        line(b, "Attendee Details", "");
        line(b, "Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Phone", "Registration Time", "Approval Status",
                "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest", "Tỉnh/Thành phố", "Country/Region Name");
        for (String[] row : attendeeRows) {
            line(b, row);
        }
        line(b, "Other Attended", "");
        line(b, "User Name", "Join Time", "Leave Time", "Time in Session (minutes)", "Country/Region Name");
        for (String[] row : otherRows) {
            line(b, row);
        }
        return visits;
    }

    /** One registrant's join/leave intervals: mostly the whole session, some late, some short, some rejoining after a drop. */
    private static List<Instant[]> stay(SessionSpec s, Random random, long minutes) {
        int kind = random.nextInt(100);
        Instant join = kind < 15 ? s.start().plusSeconds(20 * 60 + random.nextInt(70 * 60)) // late
                : s.start().minusSeconds(10 * 60).plusSeconds(random.nextInt(22 * 60));
        Instant leave = kind >= 88 ? join.plusSeconds(15 * 60 + random.nextInt(60 * 60)) // short stay
                : s.end().minusSeconds(25 * 60).plusSeconds(random.nextInt(32 * 60));
        if (!leave.isAfter(join)) {
            leave = join.plusSeconds(600);
        }
        List<Instant[]> out = new ArrayList<>();
        if (random.nextInt(100) < 18) { // a dropped connection and a rejoin
            Instant drop = join.plusSeconds((long) (Duration.between(join, leave).getSeconds() * (0.2 + 0.6 * random.nextDouble())));
            Instant back = drop.plusSeconds(30 + random.nextInt(300));
            if (back.isBefore(leave)) {
                out.add(new Instant[] {join, drop});
                out.add(new Instant[] {back, leave});
                return out;
            }
        }
        out.add(new Instant[] {join, leave});
        return out;
    }

    private static String youtube(SessionSpec s, long views, ZoneId zone, Random random) {
        StringBuilder b = new StringBuilder();
        long seconds = Duration.between(s.start(), s.end()).getSeconds() + 300;
        double averageMinutes = 11 + 8 * random.nextDouble();
        String hours = String.format(Locale.ROOT, "%.2f", views * averageMinutes / 60.0);
        String average = String.format(Locale.ROOT, "0:%02d:%02d", (int) averageMinutes, random.nextInt(60));
        long impressions = views * (18 + random.nextInt(10));
        String ctr = String.format(Locale.ROOT, "%.2f", 100.0 * views / impressions);
        line(b, "Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)", "Subscribers", "Average view duration",
                "Impressions", "Impressions click-through rate (%)");
        line(b, "Total", "", "", "", grouped(views), hours, String.valueOf(views / 150), average, grouped(impressions), ctr);
        String id = Long.toString(0x5f3a_1c00_0000L + s.number() * 7919L * 104729L, 36);
        line(b, id.length() > 11 ? id.substring(0, 11) : id, title(s) + " (trực tiếp)", s.start().atZone(zone).format(YOUTUBE_DAY),
                String.valueOf(seconds), grouped(views), hours, String.valueOf(views / 150), average, grouped(impressions), ctr);
        return b.toString();
    }

    private static String facebook(SessionSpec s, long threeSecond, ZoneId zone, Random random) {
        StringBuilder b = new StringBuilder();
        line(b, "Video asset ID", "Page ID", "Page name", "Title", "Duration (sec)", "Publish time", "Reach", "3-second video views",
                "1-minute video views", "Reactions", "Comments", "Shares");
        long reach = Math.round(threeSecond * (0.72 + 0.1 * random.nextDouble()));
        line(b, String.valueOf(987_654_321_098_000L + s.number()), "123456789012345", "Văn phòng Điều phối nông thôn mới", title(s),
                String.valueOf(Duration.between(s.start(), s.end()).getSeconds()), s.start().minusSeconds(300).atZone(zone).format(FACEBOOK),
                grouped(reach), grouped(threeSecond), grouped(Math.round(threeSecond * 0.46)), String.valueOf(threeSecond / 18),
                String.valueOf(threeSecond / 90), String.valueOf(threeSecond / 200));
        return b.toString();
    }

    private static void zoomQa(StringBuilder b, SessionSpec s, List<Registrant> pool, ZoneId zone, Random random) {
        int count = ZOOM_QUESTIONS_PER_TOPIC * s.topics().size();
        line(b, "Question And Answer Report");
        line(b, "Report Generated:", s.end().plus(Duration.ofHours(7)).atZone(zone).format(ZOOM_GENERATED));
        line(b, "Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Question");
        line(b, title(s), spaced(s.webinarId()), zoom(s.start(), zone), String.valueOf(Duration.between(s.start(), s.end()).toMinutes()),
                String.valueOf(count));
        line(b, "Question Details");
        line(b, "#", "Question", "Asker Name", "Asker Email", "Answer(s)");
        for (int i = 0; i < count; i++) {
            String topic = s.topics().get(i % s.topics().size());
            String question = String.format(QUESTION_FORMS[(i * 7 + s.number() * 3) % QUESTION_FORMS.length], lowerFirst(topic));
            boolean anonymous = random.nextInt(5) == 0;
            Registrant r = pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
            String name = anonymous || r == null ? "Anonymous Attendee" : r.fullName();
            String email = anonymous || r == null || r.email() == null ? "" : r.email();
            int a = random.nextInt(10);
            if (a < 4) {
                line(b, String.valueOf(i + 1), question, name, email, ANSWERS[0]);
            } else if (a < 6) {
                line(b, String.valueOf(i + 1), question, name, email, ANSWERS[1 + random.nextInt(2)]);
            } else {
                line(b, String.valueOf(i + 1), question, name, email, "");
            }
        }
    }

    private static String title(SessionSpec s) {
        return "Tập huấn OCOP 2021 - Buổi " + s.number() + (s.title() == null || s.title().isBlank() ? "" : ": " + s.title());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(new Locale("vi")) + text.substring(1);
    }

    /** "84512345678" → "845 1234 5678" as Zoom writes webinar ids. */
    private static String spaced(String id) {
        return id.length() == 11 ? id.substring(0, 3) + " " + id.substring(3, 7) + " " + id.substring(7) : id;
    }

    private static String zoom(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(ZOOM);
    }

    private static String grouped(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** Names as a Zoom account often shows them: without diacritics ("Nguyễn Văn An" → "Nguyen Van An"). */
    static String fold(String name) {
        String n = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "");
    }

    private static void line(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    private static byte[] bom(StringBuilder b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length() * 2);
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
