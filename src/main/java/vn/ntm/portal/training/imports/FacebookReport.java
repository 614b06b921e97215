package vn.ntm.portal.training.imports;

import java.util.List;

/** A parsed Meta Business Suite export; {@link #kind()} tells posts from videos. */
public record FacebookReport(ReportKind kind, List<FacebookRow> rows, List<String> warnings, List<ImportError> errors)
        implements ImportResult {

    public FacebookReport {
        if (kind != ReportKind.FACEBOOK_POSTS && kind != ReportKind.FACEBOOK_VIDEOS) {
            throw new IllegalArgumentException("not a Facebook kind: " + kind);
        }
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
