package vn.ntm.portal.training.internal;

import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.domain.Programme;

/**
 * The figures and tables of a programme's dashboard and closing report, every one computed from the database
 * ({@link DashboardQueries}); the page, the Excel workbook and the PDF are all drawn from this one object.
 *
 * @param figures the headline figures, in display order
 * @param tables the tables, in display order (each one a sheet of the workbook)
 */
public record DashboardReport(Programme programme, List<Coorganiser> coorganisers, List<Figure> figures, List<Table> tables) {

    public DashboardReport {
        coorganisers = List.copyOf(coorganisers);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /**
     * A headline figure.
     *
     * @param unit "người", "lượt", … (visits are "lượt", never "người")
     * @param note a short explanation of what is counted, or empty
     */
    public record Figure(String code, String label, long value, String unit, String note) {
        public String valueText() {
            return VietnameseFormat.number(value);
        }
    }

    /** What a column holds: COUNT columns are charted, NUMBER ones not; PERCENT is a share 0–100; TEXT is text. */
    public enum Kind { COUNT, NUMBER, PERCENT, TEXT }

    public record Column(String header, Kind kind) {
        public boolean numeric() {
            return kind != Kind.TEXT;
        }

        public boolean charted() {
            return kind == Kind.COUNT;
        }
    }

    /**
     * A row: its label and one cell per column (a {@link Long} for COUNT/NUMBER, a {@link Double} for PERCENT, a
     * {@link String} for TEXT; null when unknown, shown as "—").
     */
    public record Row(String label, List<Object> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /**
     * A table.
     *
     * @param code its anchor and download key (ASCII)
     * @param sheet the short name of its sheet in the workbook (at most 31 characters)
     * @param chart "hbar", "bar" or null (no chart)
     * @param note what is counted, or empty
     */
    public record Table(String code, String sheet, String title, String labelHeader, List<Column> columns, List<Row> rows, String chart, String note) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** The cell as shown: vi-VN grouping, one decimal and "%" for shares, "—" when unknown. */
        public String text(Row row, int column) {
            return DashboardReport.text(columns.get(column).kind(), row.cells().get(column));
        }

        /** The raw number of a COUNT/NUMBER cell (for the chart), 0 when unknown. */
        public long value(Row row, int column) {
            Object v = row.cells().get(column);
            return v instanceof Long l ? l : 0;
        }
    }

    public Figure figure(String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    public Table table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    static String text(Kind kind, Object value) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case COUNT, NUMBER -> VietnameseFormat.number((Long) value);
            case PERCENT -> percent((Double) value);
            case TEXT -> (String) value;
        };
    }

    /** 30.0 → "30,0%". */
    public static String percent(double value) {
        return VietnameseFormat.oneDecimal(value) + "%";
    }

    /** part / whole as a percentage, null when whole is 0. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
