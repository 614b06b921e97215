package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.List;

/**
 * A parsed Zoom webinar attendee report.
 *
 * @param reportGenerated the {@code Report Generated:} time, or null
 * @param summary the summary row, or null when the file has none
 * @param questionColumns headers of the custom registration questions, in file order
 * @param others "Other Attended": unidentified reach
 */
public record ZoomWebinarReport(Instant reportGenerated, WebinarSummary summary, List<WebinarParticipant> hosts,
                                List<WebinarParticipant> panelists, List<WebinarParticipant> attendees,
                                List<OtherAttendee> others, List<String> questionColumns, List<String> warnings,
                                List<ImportError> errors) implements ImportResult {

    public ZoomWebinarReport {
        hosts = List.copyOf(hosts);
        panelists = List.copyOf(panelists);
        attendees = List.copyOf(attendees);
        others = List.copyOf(others);
        questionColumns = List.copyOf(questionColumns);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ZOOM_WEBINAR;
    }

    /** Registered attendees who did not come ({@code Attended = No}). */
    public List<WebinarParticipant> noShows() {
        return attendees.stream().filter(a -> !a.attended()).toList();
    }
}
