package vn.ntm.portal.stats;

import java.util.List;

/**
 * What the statistics page template shows, on the public site and in the back office.
 *
 * @param action       where the date-range form is sent ({@code /thong-ke} or {@code /quan-tri/thong-ke})
 * @param downloadBase the export route for the same range ({@code …/tai-ve})
 * @param formFrom     the "Từ ngày" text as typed (or the range's start)
 * @param error        a Vietnamese message about the form, or null
 * @param report       null when the form could not be read
 */
public record StatsPage(String action, String downloadBase, String formFrom, String formTo, String error,
                        StatsReport report, List<StatsRange.Quick> quick) {

    public static StatsPage of(String action, String downloadBase, StatsReport report) {
        return new StatsPage(action, downloadBase, report.range().fromText(), report.range().toText(), null, report,
                List.of(StatsRange.Quick.values()));
    }

    public static StatsPage invalid(String action, String downloadBase, String from, String to, String error) {
        return new StatsPage(action, downloadBase, from == null ? "" : from, to == null ? "" : to, error, null,
                List.of(StatsRange.Quick.values()));
    }

    /** The download link of a table in the report's range. */
    public String download(StatTable table, String format) {
        return downloadBase + "?bang=" + table.code() + "&" + report.range().query() + "&dinh-dang=" + format;
    }
}
