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

    /** Shares of a day's visits per dimension value, for people and for bots. */
    private static final String SHARES = """
            (VALUES (true, 'browser', 'Chrome', 0.36), (true, 'browser', 'Cốc Cốc', 0.18), (true, 'browser', 'Safari', 0.20),
                    (true, 'browser', 'Samsung Internet', 0.06), (true, 'browser', 'Zalo in-app', 0.07),
                    (true, 'browser', 'Facebook in-app', 0.06), (true, 'browser', 'Edge', 0.035), (true, 'browser', 'Firefox', 0.015),
                    (true, 'browser', 'Opera', 0.005), (true, 'browser', 'Khác', 0.015),
                    (true, 'os', 'Android', 0.55), (true, 'os', 'iOS', 0.26), (true, 'os', 'Windows', 0.15), (true, 'os', 'macOS', 0.025),
                    (true, 'os', 'Linux', 0.01), (true, 'os', 'Khác', 0.005),
                    (true, 'device', 'Điện thoại', 0.72), (true, 'device', 'Máy tính bảng', 0.05), (true, 'device', 'Máy tính', 0.23),
                    (true, 'referrer', 'Trực tiếp / không rõ', 0.38), (true, 'referrer', 'google.com', 0.24),
                    (true, 'referrer', 'google.com.vn', 0.08), (true, 'referrer', 'facebook.com', 0.12), (true, 'referrer', 'zalo.me', 0.06),
                    (true, 'referrer', 'baochinhphu.vn', 0.03), (true, 'referrer', 'coccoc.com', 0.03),
                    (true, 'referrer', 'nongthonmoi.gov.vn', 0.025), (true, 'referrer', 'bing.com', 0.01),
                    (true, 'referrer', 'vnexpress.net', 0.01), (true, 'referrer', 'tuoitre.vn', 0.005),
                    (false, 'browser', 'Khác', 0.85), (false, 'browser', 'Chrome', 0.15),
                    (false, 'os', 'Khác', 0.7), (false, 'os', 'Linux', 0.2), (false, 'os', 'Windows', 0.1),
                    (false, 'device', 'Máy tính', 1.0), (false, 'referrer', 'Trực tiếp / không rõ', 1.0))""";

    private static final String DIMENSIONS = """
            INSERT INTO stats_daily_dimension (day, human, dimension, value, visits)
            SELECT d.day, d.human, s.dimension, s.value, round(d.visits * s.share * (0.85 + 0.3 * random()))::bigint
            FROM (SELECT (hour AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, human, sum(visits) AS visits
                  FROM stats_hourly GROUP BY 1, 2) d
            JOIN %s AS s(human, dimension, value, share) ON s.human = d.human
            ON CONFLICT DO NOTHING""".formatted(SHARES);

    /** Some published articles read most in their first weeks, fading after; bounded in the scale mode too. */
    private static final String ARTICLE_VIEWS = """
            INSERT INTO stats_daily_item (day, kind, item_id, views)
            SELECT day, 'article', id, views FROM (
                SELECT (a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + k AS day, a.id,
                       round(a.weight * exp(-k / 9.0) * (0.5 + random()))::bigint AS views
                FROM (SELECT id, published_at, 40 + 360 * random() AS weight FROM article
                      WHERE status = 'PUBLISHED' AND published_at > now() - interval '3 years' AND id %% 3 = 0
                      ORDER BY published_at DESC LIMIT 400) a
                CROSS JOIN generate_series(0, 59) AS k) v
            WHERE views > 0 AND day <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
            ON CONFLICT DO NOTHING""".replace("%%", "%");

    /** Documents are consulted a few times on many days of the last year. */
    private static final String DOCUMENT_VIEWS = """
            INSERT INTO stats_daily_item (day, kind, item_id, views)
            SELECT g.day::date, 'document', d.id, 1 + floor(random() * 12)::bigint
            FROM (SELECT id FROM legal_document WHERE published ORDER BY id LIMIT 200) d
            CROSS JOIN generate_series((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 364,
                                       (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, interval '1 day') AS g(day)
            WHERE random() < 0.3
            ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;

    public StatsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the history up to the last full hour, then the daily browsers, systems, devices, referrers
     * and article and document views derived from it; call inside a transaction (setseed is per session).
     */
    public int write() {
        jdbc.execute("SELECT setseed(0.2024)");
        int rows = jdbc.update(INSERT);
        rows += jdbc.update(DIMENSIONS);
        rows += jdbc.update(ARTICLE_VIEWS);
        rows += jdbc.update(DOCUMENT_VIEWS);
        return rows;
    }
}
