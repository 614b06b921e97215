package vn.ntm.portal.stats;

import java.util.List;

/**
 * One table of visitor statistics, the single source of what a page shows (table and chart) and what
 * its CSV and Excel downloads contain.
 *
 * @param code        stable name used in download links ({@code bang=trinh-duyet})
 * @param title       heading on the page and sheet name
 * @param labelHeader heading of the first column
 * @param columns     headings of the figure columns
 * @param chart       how the page draws it: {@code line} (a time series), {@code bar} (vertical bars) or {@code hbar} (horizontal bars, for long labels)
 */
public record StatTable(String code, String title, String labelHeader, List<String> columns, List<Row> rows, String chart) {

    /** A row: its label, an optional link and id (an article's page and id) and one figure per column. */
    public record Row(String label, String href, Long itemId, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }

        public static Row of(String label, List<Long> values) {
            return new Row(label, null, null, values);
        }
    }

    public StatTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty() || rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v == 0));
    }

    public long total(int column) {
        return rows.stream().mapToLong(r -> r.values().get(column)).sum();
    }
}
