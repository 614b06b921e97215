package vn.ntm.portal.stats.internal;

import gg.jte.Content;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.web.Blocks;
import vn.ntm.portal.web.SidebarBlock;

/** The "Thống kê" sidebar block: online now, today, this month, all-time visits. */
@Component
class CounterBlock implements SidebarBlock {

    static final String CODE = "stats.counter";

    private final StatsApi stats;
    private final Blocks blocks;

    CounterBlock(StatsApi stats, Blocks blocks) {
        this.stats = stats;
        this.blocks = blocks;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Content render() {
        return blocks.template("stats/counter-block.jte", CounterView.of(stats.counters()));
    }
}
