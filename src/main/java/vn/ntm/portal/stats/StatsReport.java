package vn.ntm.portal.stats;

import java.util.List;
import java.util.Optional;

/**
 * Visitor statistics over a date range, read from the database (so the same on every node).
 *
 * @param detailed humans and bots apart, with page views (back office); otherwise humans' visits only
 */
public record StatsReport(StatsRange range, boolean detailed, List<StatTable> tables) {

    public StatsReport {
        tables = List.copyOf(tables);
    }

    public Optional<StatTable> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
