package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reach figures computed from parsed reports. */
public final class ReachFigures {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private ReachFigures() {
    }

    /**
     * Zoom webinar: visits are the attended join rows of attendees plus "Other Attended" (hosts and panelists are not
     * audience); peak and average from those intervals inside {@code session}; the summary's Unique Viewers and Max
     * Concurrent Views kept beside.
     */
    public static Reach of(ZoomWebinarReport report, Interval session) {
        List<Interval> visits = new ArrayList<>();
        for (WebinarParticipant p : report.attendees()) {
            if (p.attended() && p.join() != null && p.leave() != null) {
                visits.add(new Interval(p.join(), p.leave()));
            }
        }
        for (OtherAttendee o : report.others()) {
            visits.add(new Interval(o.join(), o.leave()));
        }
        WebinarSummary s = report.summary();
        return zoom(visits, session, s == null || s.uniqueViewers() == null ? null : s.uniqueViewers().longValue(),
                s == null || s.maxConcurrentViews() == null ? null : s.maxConcurrentViews().longValue());
    }

    /** Zoom meeting: every attendance row (waiting room excluded) is a visit. */
    public static Reach of(ZoomMeetingReport report, Interval session) {
        List<Interval> visits = new ArrayList<>();
        for (ZoomInterval i : report.attendanceIntervals()) {
            visits.add(new Interval(i.join(), i.leave()));
        }
        return zoom(visits, session, null, null);
    }

    private static Reach zoom(List<Interval> visits, Interval session, Long reportedViews, Long reportedPeak) {
        long ws = session.start().getEpochSecond();
        long we = session.end().getEpochSecond();
        long watched = 0;
        long count = 0;
        for (Interval v : visits) {
            long s = Math.max(v.start().getEpochSecond(), ws);
            long e = Math.min(v.end().getEpochSecond(), we);
            if (e > s) {
                watched += e - s;
                count++;
            }
        }
        long length = we - ws;
        Long average = length <= 0 ? null : Math.round((double) watched / length);
        return new Reach(Platform.ZOOM, count, peakConcurrent(visits, session), average,
                BigDecimal.valueOf(watched).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP), reportedViews, reportedPeak);
    }

    /** YouTube: the report's Total row (or the sum of the videos when it has none); peak/average are not exported. */
    public static Reach of(YouTubeReport report) {
        Long views;
        BigDecimal hours;
        if (report.total() != null) {
            views = report.total().views();
            hours = report.total().watchTimeHours();
        } else {
            views = report.videos().stream().map(YouTubeRow::views).filter(v -> v != null).reduce(0L, Long::sum);
            hours = report.videos().stream().map(YouTubeRow::watchTimeHours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Reach(Platform.YOUTUBE, views, null, null, hours, null, null);
    }

    /** Facebook: summed Views (posts) or 3-second views (videos); watch time from Seconds viewed when exported. */
    public static Reach of(FacebookReport report) {
        boolean videos = report.kind() == ReportKind.FACEBOOK_VIDEOS;
        long views = 0;
        long seconds = 0;
        boolean anySeconds = false;
        for (FacebookRow r : report.rows()) {
            Long v = videos ? r.threeSecondViews() : r.views();
            views += v == null ? 0 : v;
            if (r.secondsViewed() != null) {
                seconds += r.secondsViewed();
                anySeconds = true;
            }
        }
        return new Reach(Platform.FACEBOOK, views, null, null,
                anySeconds ? BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP) : null, null, null);
    }

    /** Most intervals open at one moment inside {@code window} (an interval ending when another starts does not overlap it). */
    public static long peakConcurrent(List<Interval> intervals, Interval window) {
        long ws = window.start().getEpochSecond();
        long we = window.end().getEpochSecond();
        long[] events = new long[intervals.size() * 2];
        int n = 0;
        for (Interval i : intervals) {
            long s = Math.max(i.start().getEpochSecond(), ws);
            long e = Math.min(i.end().getEpochSecond(), we);
            if (e > s) {
                events[n++] = s * 2 + 1; // start; ends (even) sort before starts at the same second
                events[n++] = e * 2;
            }
        }
        Arrays.sort(events, 0, n);
        long current = 0;
        long peak = 0;
        for (int k = 0; k < n; k++) {
            current += (events[k] & 1) == 1 ? 1 : -1;
            peak = Math.max(peak, current);
        }
        return peak;
    }
}
