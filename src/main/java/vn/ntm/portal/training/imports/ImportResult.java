package vn.ntm.portal.training.imports;

import java.util.List;

/**
 * What every parser returns. An import is all-or-nothing: the caller stores nothing unless {@link #acceptable()}.
 * Warnings never block; they are shown beside the figures (e.g. a phone number whose leading zero Excel dropped and
 * that was put back).
 */
public sealed interface ImportResult
        permits ZoomMeetingReport, ZoomWebinarReport, ZoomQaReport, YouTubeReport, FacebookReport, UnrecognisedReport {

    ReportKind kind();

    List<String> warnings();

    /** Row-numbered errors, in file order; file-level errors (row 0) first. */
    List<ImportError> errors();

    /** True when nothing is wrong: the only case in which the import may be stored. */
    default boolean acceptable() {
        return errors().isEmpty();
    }
}
