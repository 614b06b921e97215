package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReachFiguresTest {

    @Test
    void webinarReachFromAttendeesAndOthersBesideZoomsOwnFigures() {
        ZoomWebinarReport r = (ZoomWebinarReport) Fixtures.parse("zoom-webinar-attendee-report.csv");
        Interval session = new Interval(vn(2021, 10, 18, 8, 0), vn(2021, 10, 18, 11, 30));
        Reach reach = ReachFigures.of(r, session);
        assertThat(reach.platform()).isEqualTo(Platform.ZOOM);
        assertThat(reach.views()).as("4 attended rows + 2 others; the no-show and the host do not count").isEqualTo(6);
        // 8:01–9:40, 9:35–11:30, 8:30–10:00, 8:05–11:00, 8:10–9:00, 8:20–8:50 → at 8:30–8:50 five are open
        assertThat(reach.peakConcurrent()).isEqualTo(5);
        long watchedMinutes = 99 + 115 + 90 + 175 + 50 + 30;
        assertThat(reach.averageConcurrent()).isEqualTo(Math.round(watchedMinutes / 210.0));
        assertThat(reach.watchTimeHours()).isEqualByComparingTo("9.32");
        assertThat(reach.reportedViews()).isEqualTo(4);
        assertThat(reach.reportedPeakConcurrent()).isEqualTo(3);
    }

    @Test
    void youTubeAndFacebookReach() {
        Reach yt = ReachFigures.of((YouTubeReport) Fixtures.parse("youtube-studio-export.zip"));
        assertThat(yt.views()).isEqualTo(12_500);
        assertThat(yt.watchTimeHours()).isEqualByComparingTo("3125.5");
        assertThat(yt.peakConcurrent()).as("not in the export: entered by hand").isNull();
        Reach posts = ReachFigures.of((FacebookReport) Fixtures.parse("facebook-posts.csv"));
        assertThat(posts.views()).isEqualTo(30_000);
        assertThat(posts.watchTimeHours()).isEqualByComparingTo("1500");
        Reach videos = ReachFigures.of((FacebookReport) Fixtures.parse("facebook-videos.csv"));
        assertThat(videos.views()).isEqualTo(27_500);
        assertThat(videos.watchTimeHours()).isNull();
    }

    @Test
    void figuresAreVisitsNeverPeople() {
        assertThat(Reach.UNIT).isEqualTo("lượt");
        assertThat(Reach.label(12_500L)).isEqualTo("12.500 lượt");
        assertThat(Reach.label(null)).isEqualTo("—");
    }

    @Test
    void peakCountsOverlapsOnlyInsideTheWindow() {
        Interval window = new Interval(vn(2021, 1, 1, 8, 0), vn(2021, 1, 1, 10, 0));
        List<Interval> visits = List.of(
                new Interval(vn(2021, 1, 1, 7, 0), vn(2021, 1, 1, 8, 30)),
                new Interval(vn(2021, 1, 1, 8, 30), vn(2021, 1, 1, 9, 0)),
                new Interval(vn(2021, 1, 1, 8, 45), vn(2021, 1, 1, 9, 30)),
                new Interval(vn(2021, 1, 1, 10, 0), vn(2021, 1, 1, 11, 0)));
        assertThat(ReachFigures.peakConcurrent(visits, window)).as("a visit ending as another starts does not overlap").isEqualTo(2);
        assertThat(ReachFigures.peakConcurrent(List.of(), window)).isZero();
    }

    @Test
    void meetingReachLeavesTheWaitingRoomOut() {
        ZoomMeetingReport r = (ZoomMeetingReport) Fixtures.parse("zoom-meeting-sentence-case-with-meeting-data.csv");
        Reach reach = ReachFigures.of(r, new Interval(vn(2021, 10, 5, 8, 0), vn(2021, 10, 5, 11, 30)));
        assertThat(reach.views()).isEqualTo(3);
        assertThat(reach.peakConcurrent()).isEqualTo(3);
        assertThat(reach.reportedViews()).isNull();
    }
}
