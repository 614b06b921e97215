package vn.ntm.portal.accounts.web;

import gg.jte.Content;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.DashboardPanel;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.audit.AuditQuery;
import vn.ntm.portal.web.Blocks;

/** The latest audit entries, for administrators (who alone may read the log). */
@Component
class RecentChangesPanel implements DashboardPanel {

    private final AuditApi audit;
    private final Blocks blocks;

    RecentChangesPanel(AuditApi audit, Blocks blocks) {
        this.audit = audit;
        this.blocks = blocks;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Content render(CurrentUser user) {
        if (!user.isAdmin()) {
            return null;
        }
        return blocks.template("admin/recent-changes-panel.jte", audit.search(AuditQuery.all(), 0, 10));
    }
}
