package vn.ntm.portal.news.web.admin;

import gg.jte.Content;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.DashboardPanel;
import vn.ntm.portal.news.editorial.Actor;
import vn.ntm.portal.news.editorial.ArticleRow;
import vn.ntm.portal.news.editorial.DeskOverview;
import vn.ntm.portal.web.Blocks;

/** The news desk's dashboard panels: my drafts, waiting for my review, scheduled. Empty panels are left out. */
@Configuration(proxyBeanMethods = false)
class NewsDeskPanels {

    @Bean
    DashboardPanel myDraftsPanel(DeskOverview overview, Blocks blocks) {
        return panel(100, "Bài nháp của tôi", "panel-my-drafts", blocks, (o, a) -> o.myDrafts(a), overview);
    }

    @Bean
    DashboardPanel awaitingReviewPanel(DeskOverview overview, Blocks blocks) {
        return panel(110, "Bài chờ tôi duyệt", "panel-review", blocks, (o, a) -> o.awaitingMyReview(a), overview);
    }

    @Bean
    DashboardPanel scheduledPanel(DeskOverview overview, Blocks blocks) {
        return panel(120, "Bài hẹn giờ đăng", "panel-scheduled", blocks, (o, a) -> o.scheduled(a), overview);
    }

    private static DashboardPanel panel(int order, String title, String id, Blocks blocks,
                                        BiFunction<DeskOverview, Actor, List<ArticleRow>> rows, DeskOverview overview) {
        return new DashboardPanel() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Content render(CurrentUser user) {
                List<ArticleRow> list = rows.apply(overview, new Actor(String.valueOf(user.id()), user.displayName()));
                return list.isEmpty() ? null : blocks.template("admin/news/panel.jte", new PanelView(title, id, list));
            }
        };
    }
}
