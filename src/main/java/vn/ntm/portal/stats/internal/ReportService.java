package vn.ntm.portal.stats.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.StatTable;
import vn.ntm.portal.stats.StatsRange;
import vn.ntm.portal.stats.StatsReport;
import vn.ntm.portal.stats.StatsReports;
import vn.ntm.portal.web.UserInputException;

/**
 * Builds the statistics report of a date range with a handful of aggregate queries: two over
 * {@code stats_hourly} (by Vietnam's day, and by Vietnam's hour of day; range scans of the primary key,
 * about 26,000 rows per kind for three years), one over {@code stats_daily_dimension} and one per kind of
 * {@code stats_daily_item}. Months and years are summed from the days in memory. Results are reused for
 * {@code ntm.stats.report-cache-ttl} on this node, and at most {@code ntm.stats.report-concurrency}
 * reports are computed at once, so a flood of distinct ranges cannot tie up the database.
 */
@Service
class ReportService implements StatsReports {

    static final int TOP = 20;
    private static final String VN = "'Asia/Ho_Chi_Minh'";

    private final JdbcClient jdbc;
    private final Cache<String, StatsReport> cache;
    private final Cache<String, LocalDate> first;
    private final Semaphore running;

    ReportService(JdbcClient jdbc, @Value("${ntm.stats.report-cache-ttl:60s}") Duration ttl,
                  @Value("${ntm.stats.report-concurrency:2}") int concurrency) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(500).build();
        this.first = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build();
        this.running = new Semaphore(Math.max(1, concurrency));
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(VietnameseFormat.ZONE);
    }

    @Override
    public LocalDate firstDay() {
        return first.get("first", k -> {
            OffsetDateTime min = jdbc.sql("SELECT min(hour) FROM stats_hourly").query(OffsetDateTime.class).optional().orElse(null);
            return min == null ? today() : LocalDate.ofInstant(min.toInstant(), VietnameseFormat.ZONE);
        });
    }

    @Override
    public StatsReport report(StatsRange range, boolean detailed) {
        String key = range.from() + "/" + range.to() + "/" + detailed;
        StatsReport cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        boolean acquired;
        try {
            acquired = running.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new UserInputException(429, "Trang thống kê đang bận, xin vui lòng thử lại sau ít phút.");
        }
        try {
            return cache.get(key, k -> compute(range, detailed));
        } finally {
            running.release();
        }
    }

    /** Drops reused reports (tests, after writing figures). */
    void invalidate() {
        cache.invalidateAll();
        first.invalidateAll();
    }

    private StatsReport compute(StatsRange range, boolean detailed) {
        OffsetDateTime start = utc(range.from());
        OffsetDateTime end = utc(range.to().plusDays(1));
        // day -> [human visits, human views, bot visits, bot views]
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        jdbc.sql("SELECT (hour AT TIME ZONE " + VN + ")::date, human, sum(visits), sum(page_views) FROM stats_hourly"
                        + " WHERE hour >= ? AND hour < ? GROUP BY 1, 2")
                .params(start, end)
                .query(rs -> {
                    long[] v = days.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new long[4]);
                    int at = rs.getBoolean(2) ? 0 : 2;
                    v[at] += rs.getLong(3);
                    v[at + 1] += rs.getLong(4);
                });
        long[][] hours = new long[24][4];
        jdbc.sql("SELECT extract(hour FROM hour AT TIME ZONE " + VN + ")::int, human, sum(visits), sum(page_views)"
                        + " FROM stats_hourly WHERE hour >= ? AND hour < ? GROUP BY 1, 2")
                .params(start, end)
                .query(rs -> {
                    int at = rs.getBoolean(2) ? 0 : 2;
                    hours[rs.getInt(1)][at] += rs.getLong(3);
                    hours[rs.getInt(1)][at + 1] += rs.getLong(4);
                });

        List<StatTable> tables = new ArrayList<>();
        List<String> visitColumns = detailed
                ? List.of("Lượt truy cập (người)", "Lượt xem trang (người)", "Lượt truy cập (máy)", "Lượt xem trang (máy)")
                : List.of("Lượt truy cập");
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        Map<String, long[]> byYear = new LinkedHashMap<>();
        Map<String, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            long[] v = days.getOrDefault(d, new long[4]);
            if (range.granularity() == StatsRange.Granularity.DAY) {
                byDay.put(VietnameseFormat.date(d), v);
            }
            add(byMonth.computeIfAbsent(monthLabel(YearMonth.from(d)), k -> new long[4]), v);
            add(byYear.computeIfAbsent("Năm " + d.getYear(), k -> new long[4]), v);
        }
        switch (range.granularity()) {
            case DAY -> tables.add(visits("theo-thoi-gian", "Diễn biến lượt truy cập từng ngày", "Ngày", byDay, visitColumns, detailed, "line"));
            case MONTH -> tables.add(visits("theo-thoi-gian", "Diễn biến lượt truy cập từng tháng", "Tháng", byMonth, visitColumns, detailed, "line"));
            case YEAR -> tables.add(visits("theo-thoi-gian", "Diễn biến lượt truy cập từng năm", "Năm", byYear, visitColumns, detailed, "line"));
        }
        tables.add(visits("theo-thang", "Lượt truy cập theo tháng", "Tháng", byMonth, visitColumns, detailed, "bar"));
        tables.add(visits("theo-nam", "Lượt truy cập theo năm", "Năm", byYear, visitColumns, detailed, "bar"));
        Map<String, long[]> byHour = new LinkedHashMap<>();
        for (int h = 0; h < 24; h++) {
            byHour.put(String.format("%02d:00–%02d:59", h, h), hours[h]);
        }
        tables.add(visits("theo-gio", "Lượt truy cập theo giờ trong ngày (giờ Việt Nam)", "Khung giờ", byHour, visitColumns,
                detailed, "bar"));

        // dimension -> value -> [human, bot]
        Map<String, Map<String, long[]>> dims = new LinkedHashMap<>();
        jdbc.sql("SELECT dimension, value, human, sum(visits) FROM stats_daily_dimension WHERE day >= ? AND day <= ?"
                        + (detailed ? "" : " AND human") + " GROUP BY 1, 2, 3")
                .params(range.from(), range.to())
                .query(rs -> {
                    dims.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new long[2])[rs.getBoolean(3) ? 0 : 1] += rs.getLong(4);
                });
        tables.add(dimension("trinh-duyet", "Trình duyệt", "Trình duyệt", dims.get("browser"), detailed, Integer.MAX_VALUE));
        tables.add(dimension("he-dieu-hanh", "Hệ điều hành", "Hệ điều hành", dims.get("os"), detailed, Integer.MAX_VALUE));
        tables.add(dimension("thiet-bi", "Loại thiết bị", "Thiết bị", dims.get("device"), detailed, Integer.MAX_VALUE));
        tables.add(dimension("nguon-truy-cap", "Trang web dẫn đến (nguồn truy cập)", "Nguồn", dims.get("referrer"), detailed, TOP));

        tables.add(items("bai-viet", "Bài viết được xem nhiều nhất", "Bài viết", """
                WITH t AS (SELECT item_id, sum(views) AS v FROM stats_daily_item
                           WHERE kind = 'article' AND day >= ? AND day <= ? GROUP BY item_id)
                SELECT a.id, a.title, '/tin-tuc/' || a.slug || '-' || a.id, t.v
                FROM t JOIN article a ON a.id = t.item_id AND a.status = 'PUBLISHED' AND a.published_at <= now()
                ORDER BY t.v DESC, a.id DESC LIMIT ?""", range));
        tables.add(items("van-ban", "Văn bản được xem nhiều nhất", "Văn bản", """
                WITH t AS (SELECT item_id, sum(views) AS v FROM stats_daily_item
                           WHERE kind = 'document' AND day >= ? AND day <= ? GROUP BY item_id)
                SELECT d.id, ty.name || ' số ' || d.number_symbol || CASE WHEN d.title <> '' THEN ': ' || d.title ELSE '' END,
                       '/van-ban/' || d.slug || '-' || d.id, t.v
                FROM t JOIN legal_document d ON d.id = t.item_id AND d.published
                JOIN document_type ty ON ty.id = d.type_id
                ORDER BY t.v DESC, d.id DESC LIMIT ?""", range));
        return new StatsReport(range, detailed, tables);
    }

    private static StatTable visits(String code, String title, String labelHeader, Map<String, long[]> rows,
                                    List<String> columns, boolean detailed, String chart) {
        List<StatTable.Row> out = new ArrayList<>();
        rows.forEach((label, v) -> out.add(StatTable.Row.of(label,
                detailed ? List.of(v[0], v[1], v[2], v[3]) : List.of(v[0]))));
        return new StatTable(code, title, labelHeader, columns, out, chart);
    }

    private static StatTable dimension(String code, String title, String labelHeader, Map<String, long[]> values,
                                       boolean detailed, int top) {
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(values == null ? List.of() : values.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                .thenComparing(Map.Entry::getKey));
        List<StatTable.Row> out = new ArrayList<>();
        long[] rest = new long[2];
        for (int i = 0; i < sorted.size(); i++) {
            long[] v = sorted.get(i).getValue();
            if (i < top) {
                out.add(StatTable.Row.of(sorted.get(i).getKey(), detailed ? List.of(v[0], v[1]) : List.of(v[0])));
            } else {
                rest[0] += v[0];
                rest[1] += v[1];
            }
        }
        if (rest[0] + rest[1] > 0) {
            out.add(StatTable.Row.of("Các nguồn khác", detailed ? List.of(rest[0], rest[1]) : List.of(rest[0])));
        }
        return new StatTable(code, title, labelHeader,
                detailed ? List.of("Lượt truy cập (người)", "Lượt truy cập (máy)") : List.of("Lượt truy cập"), out, "hbar");
    }

    private StatTable items(String code, String title, String labelHeader, String sql, StatsRange range) {
        List<StatTable.Row> rows = jdbc.sql(sql).params(range.from(), range.to(), TOP)
                .query((rs, i) -> new StatTable.Row(rs.getString(2), rs.getString(3), rs.getLong(1), List.of(rs.getLong(4))))
                .list();
        return new StatTable(code, title, labelHeader, List.of("Lượt xem"), rows, "hbar");
    }

    private static void add(long[] target, long[] v) {
        for (int i = 0; i < target.length; i++) {
            target[i] += v[i];
        }
    }

    private static String monthLabel(YearMonth m) {
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay(VietnameseFormat.ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }
}
