package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.CounterSnapshot;

/** The live figures and the "Thống kê" sidebar block. */
class CounterBlockTest extends StatsDatabaseTest {

    @Autowired CounterBlock block;
    @Autowired CounterQuery counterQuery;

    @Test
    void countersIncludeUnflushedVisitsAndKeepThemAfterTheFlush() throws Exception {
        CounterSnapshot before = stats.counters();
        get("/", CHROME, null);

        CounterSnapshot pending = stats.counters();
        flusher.flush();
        CounterSnapshot flushed = stats.counters();

        for (CounterSnapshot s : new CounterSnapshot[] {pending, flushed}) {
            assertThat(s.today()).isEqualTo(before.today() + 1);
            assertThat(s.thisMonth()).isEqualTo(before.thisMonth() + 1);
            assertThat(s.total()).isEqualTo(before.total() + 1);
        }
    }

    @Test
    void totalIncludesEarlierMonthsAndLeavesOutBots() {
        // the bean reuses the sum of earlier months for minutes; fresh query objects see new rows at once
        Periods periods = Periods.at(java.time.Instant.now());
        CounterSnapshot before = new CounterQuery(jdbc, StatsProperties.defaults()).stored(periods);
        jdbc.sql("INSERT INTO stats_hourly VALUES ('2003-01-01 00:00+00', true, 91820000, 1), ('2003-01-01 00:00+00', false, 5, 5)")
                .update();

        CounterSnapshot after = new CounterQuery(jdbc, StatsProperties.defaults()).stored(periods);

        assertThat(after.total()).isEqualTo(before.total() + 91_820_000);
        assertThat(after.thisMonth()).isEqualTo(before.thisMonth());
    }

    @Test
    void blockShowsTheFourFiguresWithVietnameseGrouping() {
        jdbc.sql("INSERT INTO stats_hourly VALUES (date_trunc('hour', now()), true, 1234567, 1234567)"
                + " ON CONFLICT (hour, human) DO UPDATE SET visits = stats_hourly.visits + excluded.visits").update();
        counterQuery.invalidate();
        assertThat(block.code()).isEqualTo("stats.counter");
        StringOutput out = new StringOutput();
        block.render().writeTo(out);
        String html = out.toString();
        CounterSnapshot now = stats.counters();

        assertThat(html).contains("<h2 id=\"block-stats-title\">Thống kê</h2>", "aria-labelledby=\"block-stats-title\"",
                "<dt>Đang truy cập</dt>", "<dt>Hôm nay</dt>", "<dt>Tháng hiện tại</dt>", "<dt>Tổng lượt truy cập</dt>",
                "<dd>" + VietnameseFormat.number(now.total()) + "</dd>");
        assertThat(VietnameseFormat.number(now.today())).matches("\\d{1,3}(\\.\\d{3})+");
        assertThat(html).contains("<dd>" + VietnameseFormat.number(now.today()) + "</dd>");
        assertThat(html).doesNotContain("style=", "<script");
    }
}
