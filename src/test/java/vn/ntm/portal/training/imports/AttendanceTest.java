package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final Interval SESSION = new Interval(vn(2021, 9, 28, 8, 0), vn(2021, 9, 28, 11, 30));

    private static Interval at(int h1, int m1, int h2, int m2) {
        return new Interval(vn(2021, 9, 28, h1, m1), vn(2021, 9, 28, h2, m2));
    }

    @Test
    void overlappingDevicesAndReconnectsAreUnitedNotSummed() {
        List<Interval> twoDevices = List.of(at(8, 0, 10, 0), at(9, 0, 11, 0));
        assertThat(IntervalUnion.seconds(twoDevices, SESSION)).isEqualTo(3 * 3600);
        List<Interval> reconnect = List.of(at(9, 12, 11, 31), at(7, 58, 9, 10));
        assertThat(IntervalUnion.seconds(reconnect, SESSION)).as("clipped to 8:00–11:30, gap 9:10–9:12").isEqualTo((70 + 138) * 60);
        List<Interval> touching = List.of(at(8, 0, 9, 0), at(9, 0, 10, 0));
        assertThat(IntervalUnion.merged(touching, SESSION)).containsExactly(at(8, 0, 10, 0));
        assertThat(IntervalUnion.merged(List.of(at(9, 0, 9, 30), at(8, 0, 8, 30), at(8, 15, 8, 20)), SESSION))
                .containsExactly(at(8, 0, 8, 30), at(9, 0, 9, 30));
        List<Interval> nested = List.of(at(8, 0, 11, 0), at(8, 30, 9, 0), at(10, 0, 10, 30));
        assertThat(IntervalUnion.seconds(nested, SESSION)).isEqualTo(3 * 3600);
    }

    @Test
    void intervalsOutsideTheWindowCountForNothing() {
        assertThat(IntervalUnion.seconds(List.of(at(6, 0, 7, 59), at(11, 30, 12, 0)), SESSION)).isZero();
        assertThat(IntervalUnion.seconds(List.of(), SESSION)).isZero();
        Attendance a = Attendance.of(List.of(at(6, 0, 7, 0)), SESSION, AttendanceRules.defaults());
        assertThat(a.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(a.firstJoin()).isNull();
        assertThat(a.minutes()).isZero();
    }

    @Test
    void presentByMinutesOrByShareLateAfterTheGrace() {
        AttendanceRules rules = new AttendanceRules(120, 60, 15);
        Attendance early = Attendance.of(List.of(at(7, 50, 10, 0)), SESSION, rules);
        assertThat(early.minutes()).isEqualTo(120);
        assertThat(early.percent()).isEqualTo(57);
        assertThat(early.firstJoin()).isEqualTo(vn(2021, 9, 28, 8, 0));
        assertThat(early.status()).as("120 minutes suffice").isEqualTo(AttendanceStatus.PRESENT);

        Attendance share = Attendance.of(List.of(at(8, 10, 10, 16)), SESSION, new AttendanceRules(0, 60, 15));
        assertThat(share.percent()).isEqualTo(60);
        assertThat(share.status()).isEqualTo(AttendanceStatus.PRESENT);

        Attendance late = Attendance.of(List.of(at(8, 16, 11, 30)), SESSION, rules);
        assertThat(late.status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(late.status().attended()).isTrue();
        Attendance exactlyAtGrace = Attendance.of(List.of(at(8, 15, 11, 30)), SESSION, rules);
        assertThat(exactlyAtGrace.status()).isEqualTo(AttendanceStatus.PRESENT);

        Attendance shortStay = Attendance.of(List.of(at(8, 0, 9, 0)), SESSION, rules);
        assertThat(shortStay.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(shortStay.status().label()).isEqualTo("Vắng");

        Attendance noLateness = Attendance.of(List.of(at(9, 0, 11, 30)), SESSION, new AttendanceRules(60, 0, 0));
        assertThat(noLateness.status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void minutesAreRoundedDown() {
        Interval s = new Interval(vn(2021, 9, 28, 8, 0, 0), vn(2021, 9, 28, 8, 1, 59));
        Attendance a = Attendance.of(List.of(s), SESSION, new AttendanceRules(2, 0, 0));
        assertThat(a.seconds()).isEqualTo(119);
        assertThat(a.minutes()).isEqualTo(1);
        assertThat(a.status()).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void rulesAreChecked() {
        assertThatThrownBy(() -> new AttendanceRules(0, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttendanceRules(10, 101, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(vn(2021, 1, 1, 9, 0), vn(2021, 1, 1, 8, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeetingReportGivesEachPersonTheirMinutes() {
        ZoomMeetingReport r = (ZoomMeetingReport) Fixtures.parse("zoom-meeting-classic.csv");
        List<ZoomPerson> people = ZoomPeople.group(r.intervals());
        ZoomPerson an = people.get(1);
        assertThat(an.intervals()).hasSize(2);
        assertThat(Attendance.of(an.intervals(), SESSION, AttendanceRules.defaults()).minutes()).as("8:00–9:10 and 9:12–11:30").isEqualTo(70 + 138);
        ZoomPerson binh = people.get(2);
        assertThat(binh.intervals()).as("the e-mail differs in case only").hasSize(2);
        assertThat(Attendance.of(binh.intervals(), SESSION, AttendanceRules.defaults()).minutes()).as("8:20–11:00, not 100 + 90")
                .isEqualTo(160);
    }
}
