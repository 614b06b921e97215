package vn.ntm.portal.training.imports;

import java.util.List;

/**
 * A parsed YouTube Studio export (ZIP or the single table CSV).
 *
 * @param videos the per-video rows, total row excluded
 * @param total the report's own {@code Total} row, or null when absent
 * @param daily {@code Totals.csv} of a ZIP, empty for a single CSV
 */
public record YouTubeReport(List<YouTubeRow> videos, YouTubeRow total, List<DailyViews> daily, List<String> warnings,
                            List<ImportError> errors) implements ImportResult {

    public YouTubeReport {
        videos = List.copyOf(videos);
        daily = List.copyOf(daily);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.YOUTUBE;
    }
}
