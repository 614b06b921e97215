package vn.ntm.portal.news.web;

import java.util.List;
import vn.ntm.portal.news.domain.ArticleStore;
import vn.ntm.portal.news.domain.ArticleSummary;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.domain.CategoryStore;

/** The home page: featured articles and a few of the latest per category. */
public record HomeView(List<ArticleSummary> featured, List<Section> sections) {

    public record Section(Category category, List<ArticleSummary> articles) {
    }

    static HomeView build(ArticleStore articles, CategoryStore categories, int perCategory) {
        List<ArticleSummary> featured = articles.featured(5);
        if (featured.isEmpty()) {
            featured = articles.latest(0, 5);
        }
        List<Section> sections = categories.all().stream()
                .filter(c -> c.showOnHome() && c.parentId() == null)
                .map(c -> new Section(c, articles.inCategories(categories.withDescendants(c.id()), 0, perCategory)))
                .filter(s -> !s.articles().isEmpty())
                .toList();
        return new HomeView(featured, sections);
    }
}
