package vn.ntm.portal.news.web;

import java.util.List;
import vn.ntm.portal.news.domain.ArticleSummary;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.shared.Paging;

/** A paginated list of articles under a heading; {@code basePath} + "/trang-N" are its pages. */
public record ListingView(String heading, String basePath, Paging<ArticleSummary> paging, List<Category> subcategories) {

    public String pagePath(int page) {
        return page == 1 ? basePath : basePath + "/trang-" + page;
    }
}
