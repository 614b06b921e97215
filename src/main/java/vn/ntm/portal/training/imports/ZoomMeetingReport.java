package vn.ntm.portal.training.imports;

import java.util.List;

/**
 * A parsed Zoom meeting participant report.
 *
 * @param summary the meeting-data preamble, or null when exported without it
 * @param intervals every join/leave row in file order, waiting-room rows included (flagged)
 */
public record ZoomMeetingReport(MeetingSummary summary, List<ZoomInterval> intervals, List<String> warnings,
                                List<ImportError> errors) implements ImportResult {

    public ZoomMeetingReport {
        intervals = List.copyOf(intervals);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ZOOM_MEETING;
    }

    /** The rows that count as attendance (not in the waiting room). */
    public List<ZoomInterval> attendanceIntervals() {
        return intervals.stream().filter(i -> !i.inWaitingRoom()).toList();
    }
}
