package vn.ntm.portal.accounts.web;

import gg.jte.Content;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.DashboardPanel;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.web.Blocks;

/** Today's visits and the other counters of the public site. */
@Component
class VisitsPanel implements DashboardPanel {

    private final StatsApi stats;
    private final Blocks blocks;

    VisitsPanel(StatsApi stats, Blocks blocks) {
        this.stats = stats;
        this.blocks = blocks;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(CurrentUser user) {
        return blocks.template("admin/visits-panel.jte", stats.counters());
    }
}
