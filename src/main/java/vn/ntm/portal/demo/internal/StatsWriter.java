package vn.ntm.portal.demo.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills stats_hourly with three years of plausible visit history in one statement: people visit by
 * day more than by night and less at weekends, numbers grow over time; bots come evenly around the
 * clock. {@code setseed} makes {@code random()} repeatable within the transaction.
 */
public final class StatsWriter {

    /** Relative visits by local hour 0..23, averaging about 1. */
    private static final String HOURS = "ARRAY[0.26,0.16,0.11,0.08,0.08,0.16,0.47,0.95,1.58,1.9,1.9,1.69,"
            + "1.16,1.05,1.58,1.79,1.69,1.37,0.95,1.05,1.27,1.27,0.95,0.53]::float8[]";

    private static final String INSERT = """
            INSERT INTO stats_hourly (hour, human, visits, page_views)
            SELECT hour, human, visits,
                   round(visits * CASE WHEN human THEN 2.2 + random() * 1.6 ELSE 3.0 + random() * 5.0 END)::bigint
            FROM (
                SELECT g.hour, k.human,
                       round(k.daily / 24.0
                             * (0.45 + 0.55 * extract(epoch FROM g.hour - s.first)::float8
                                            / extract(epoch FROM s.last - s.first)::float8)
                             * CASE WHEN k.human THEN (%s)[extract(hour FROM g.hour AT TIME ZONE 'Asia/Ho_Chi_Minh')::int + 1]
                                    ELSE 1.0 END
                             * CASE WHEN k.human AND extract(isodow FROM g.hour AT TIME ZONE 'Asia/Ho_Chi_Minh') IN (6, 7)
                                    THEN 0.65 ELSE 1.0 END
                             * (0.8 + 0.4 * random()))::bigint AS visits
                FROM (SELECT date_trunc('hour', now()) - interval '3 years' AS first,
                             date_trunc('hour', now()) - interval '1 hour' AS last) s
                CROSS JOIN generate_series(s.first, s.last, interval '1 hour') AS g(hour)
                CROSS JOIN (VALUES (true, 6500.0::float8), (false, 1800.0::float8)) AS k(human, daily)
            ) v
            ON CONFLICT (hour, human) DO NOTHING""".formatted(HOURS);

    private final JdbcTemplate jdbc;

    public StatsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the history up to the last full hour; call inside a transaction (setseed is per session). */
    public int write() {
        jdbc.execute("SELECT setseed(0.2024)");
        return jdbc.update(INSERT);
    }
}
