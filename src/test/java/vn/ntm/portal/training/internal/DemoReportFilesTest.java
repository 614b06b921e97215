package vn.ntm.portal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.training.imports.Candidate;
import vn.ntm.portal.training.imports.FacebookReport;
import vn.ntm.portal.training.imports.ImportOptions;
import vn.ntm.portal.training.imports.ImportResult;
import vn.ntm.portal.training.imports.Interval;
import vn.ntm.portal.training.imports.MatchResult;
import vn.ntm.portal.training.imports.ReachFigures;
import vn.ntm.portal.training.imports.RegistrationMatcher;
import vn.ntm.portal.training.imports.ReportImports;
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.imports.YouTubeReport;
import vn.ntm.portal.training.imports.ZoomPeople;
import vn.ntm.portal.training.imports.ZoomPerson;
import vn.ntm.portal.training.imports.ZoomQaReport;
import vn.ntm.portal.training.imports.ZoomWebinarReport;

/** The demo report files read back through the real parsers: formats, visits, questions, people to match. */
class DemoReportFilesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int[][] TOPICS = {{1, 2}, {3}, {4, 5}, {6}, {7, 8}, {9}, {10}, {11}};

    private static List<DemoReportFiles.SessionSpec> sessions() {
        List<DemoReportFiles.SessionSpec> out = new ArrayList<>();
        Instant day = Instant.parse("2021-09-28T01:00:00Z");
        double[] weights = {1.3, 1.1, 1.0, 0.95, 0.9, 0.85, 0.85, 1.05};
        for (int s = 0; s < TOPICS.length; s++) {
            List<String> titles = new ArrayList<>();
            for (int t : TOPICS[s]) {
                titles.add("Chuyên đề số " + t + ", về sản phẩm OCOP");
            }
            Instant start = day.plus(Duration.ofDays(3L * s));
            out.add(new DemoReportFiles.SessionSpec(s + 1, s == 7 ? "Bế mạc" : "", start, start.plus(Duration.ofMinutes(210)), weights[s],
                    "9812340" + s + "111", titles, List.of("TS. Trần Thị Minh Thu", "Lê Quang Vinh")));
        }
        return out;
    }

    /** 1,200 Zoom registrants: 70 % with an e-mail address, all with a phone, over a few provinces. */
    private static List<DemoReportFiles.Registrant> pool() {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"};
        String[] given = {"An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Minh", "Nam", "Thảo", "Tuấn", "Yến"};
        String[] provinces = {"Tỉnh Nghệ An", "Thành phố Hà Nội", "Tỉnh Thanh Hóa", "Tỉnh Lào Cai"};
        List<DemoReportFiles.Registrant> out = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            out.add(new DemoReportFiles.Registrant(family[i % 6] + " Văn " + given[(i / 6) % 12] + " " + i % 7,
                    i % 10 < 7 ? "hocvien" + i + "@example.test" : null, "+8498" + String.format("%07d", i), provinces[i % 4]));
        }
        return out;
    }

    private static ImportResult parse(DemoReportFiles.File f) {
        ImportResult r = ReportImports.parse(f.name(), f.content(), ImportOptions.defaults().withZone(ZONE));
        assertThat(r.errors()).as(f.name()).isEmpty();
        return r;
    }

    @Test
    void everySessionHasFourFilesOfTheRightKindsThatAddUpToAboutAHundredThousandVisits() {
        List<DemoReportFiles.SessionSpec> sessions = sessions();
        List<DemoReportFiles.File> files = DemoReportFiles.all(sessions, pool(), ZONE, 2021);
        assertThat(files).hasSize(32);
        Map<ReportKind, Long> visits = new HashMap<>();
        long total = 0;
        int questions = 0;
        for (DemoReportFiles.File f : files) {
            ImportResult r = parse(f);
            DemoReportFiles.SessionSpec s = sessions.get(f.session() - 1);
            long v = 0;
            if (r instanceof ZoomWebinarReport z) {
                v = ReachFigures.of(z, new Interval(s.start(), s.end())).views();
                assertThat(v).as("Zoom visits of session %d", s.number()).isBetween(350L, 900L);
            } else if (r instanceof YouTubeReport y) {
                v = ReachFigures.of(y).views();
            } else if (r instanceof FacebookReport fb) {
                assertThat(fb.kind()).isEqualTo(ReportKind.FACEBOOK_VIDEOS);
                v = ReachFigures.of(fb).views();
            } else if (r instanceof ZoomQaReport q) {
                assertThat(q.questions()).hasSize(DemoReportFiles.ZOOM_QUESTIONS_PER_TOPIC * s.topics().size());
                questions += q.questions().size();
            } else {
                throw new AssertionError("unexpected " + r.kind() + " for " + f.name());
            }
            visits.merge(r.kind(), v, Long::sum);
            total += v;
        }
        assertThat(visits.keySet()).containsExactlyInAnyOrder(ReportKind.ZOOM_WEBINAR, ReportKind.YOUTUBE, ReportKind.FACEBOOK_VIDEOS,
                ReportKind.ZOOM_QA);
        assertThat(total).isBetween(98_000L, 102_000L);
        assertThat(visits.get(ReportKind.YOUTUBE)).isBetween(30_000L, 50_000L);
        assertThat(visits.get(ReportKind.FACEBOOK_VIDEOS)).isBetween(40_000L, 65_000L);
        assertThat(questions).isEqualTo(11 * DemoReportFiles.ZOOM_QUESTIONS_PER_TOPIC);
    }

    @Test
    void theWebinarReportHasRejoinsNoShowsStrangersAndRegistrantsMatchedByEmailPhoneAndName() {
        List<DemoReportFiles.Registrant> pool = pool();
        DemoReportFiles.SessionSpec s = sessions().get(0);
        DemoReportFiles.File zoom = DemoReportFiles.forSession(s, pool, 8, ZONE, 7).get(0);
        assertThat(zoom.name()).isEqualTo("zoom-webinar-buoi-1.csv");
        ZoomWebinarReport report = (ZoomWebinarReport) parse(zoom);
        assertThat(report.hosts()).hasSize(1);
        assertThat(report.panelists()).hasSize(2);
        assertThat(report.noShows()).isNotEmpty();
        assertThat(report.others()).hasSizeGreaterThan(50);
        List<ZoomPerson> people = ZoomPeople.group(report, "Tỉnh/Thành phố");
        assertThat(people.stream().filter(p -> p.intervals().size() > 1).count()).as("people who rejoined").isGreaterThan(20);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> provinceCodes = Map.of("Tỉnh Nghệ An", "40", "Thành phố Hà Nội", "01", "Tỉnh Thanh Hóa", "38", "Tỉnh Lào Cai", "10");
        for (int i = 0; i < pool.size(); i++) {
            DemoReportFiles.Registrant r = pool.get(i);
            candidates.add(new Candidate(i + 1, r.fullName(), r.email(), r.phone(), provinceCodes.get(r.provinceName())));
        }
        MatchResult m = new RegistrationMatcher(candidates, provinceCodes::get).match(people);
        assertThat(m.matches()).hasSizeGreaterThan(300);
        assertThat(m.matches().stream().map(x -> x.method().name()).distinct()).contains("EMAIL", "PHONE");
        assertThat(m.review()).as("people on Zoom who are not registrants").hasSizeBetween(20, 60);
        // every matched person is the registrant the file was made from
        for (MatchResult.Match x : m.matches()) {
            DemoReportFiles.Registrant r = pool.get((int) x.registrationId() - 1);
            assertThat(DemoReportFiles.fold(x.person().originalName())).isEqualTo(DemoReportFiles.fold(r.fullName()));
        }
    }

    @Test
    void theFilesAreTheSameForTheSameSeedSoReseedingIsRecognisedByTheirHash() {
        List<DemoReportFiles.File> a = DemoReportFiles.all(sessions(), pool(), ZONE, 2021);
        List<DemoReportFiles.File> b = DemoReportFiles.all(sessions(), pool(), ZONE, 2021);
        assertThat(a).isEqualTo(b);
        assertThat(DemoReportFiles.all(sessions(), pool(), ZONE, 2022)).isNotEqualTo(a);
        assertThat(a.stream().map(f -> ReportImports.sha256(f.content())).distinct()).hasSize(a.size());
    }
}
