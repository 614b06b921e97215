package vn.ntm.portal.training.imports;

import java.util.List;

/**
 * A parsed Zoom webinar Q&amp;A report.
 *
 * @param topic the webinar topic from the summary, or null
 * @param webinarId from the summary, or null
 */
public record ZoomQaReport(String topic, String webinarId, List<QaQuestion> questions, List<String> warnings,
                           List<ImportError> errors) implements ImportResult {

    public ZoomQaReport {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ZOOM_QA;
    }
}
