package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 100,000-row meeting report parses without error and gives the generator's own answer (no timing assertion). */
class LargeZoomReportTest {

    @Test
    void parsesAndUnitesAHundredThousandRows() {
        ZoomReportGenerator.Generated g = ZoomReportGenerator.generate(100_000, 2021);
        ZoneId vn = ImportOptions.VIETNAM;
        Interval session = new Interval(ZoomReportGenerator.START.atZone(vn).toInstant(),
                ZoomReportGenerator.START.plusMinutes(ZoomReportGenerator.SESSION_MINUTES).atZone(vn).toInstant());

        long t0 = System.nanoTime();
        ImportResult result = ReportImports.parse("participants.csv", g.bytes(), ImportOptions.defaults());
        long t1 = System.nanoTime();
        ZoomMeetingReport report = (ZoomMeetingReport) result;
        List<ZoomPerson> people = ZoomPeople.group(report.intervals());
        long minutes = 0;
        for (ZoomPerson p : people) {
            minutes += Attendance.of(p.intervals(), session, AttendanceRules.defaults()).minutes();
        }
        long t2 = System.nanoTime();
        System.out.printf("100,000-row Zoom report (%d bytes): parse %d ms, group + union %d ms%n", g.bytes().length,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertThat(report.errors()).isEmpty();
        assertThat(report.intervals()).hasSize(g.rows());
        assertThat(report.intervals().stream().filter(ZoomInterval::inWaitingRoom).count()).isEqualTo(g.waitingRoomRows());
        assertThat(report.summary().meetingId()).isEqualTo("81234567890");
        assertThat(people).hasSize(g.people());
        assertThat(minutes).isEqualTo(g.unionMinutes());
    }
}
