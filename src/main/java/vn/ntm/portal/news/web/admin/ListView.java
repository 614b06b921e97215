package vn.ntm.portal.news.web.admin;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.accounts.UserSummary;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.editorial.ArticleFilter;
import vn.ntm.portal.news.editorial.ArticleRow;

/** The admin article list: the filters as sent, one page of rows and the link to the next page. */
public record ListView(ArticleFilter filter, Map<String, String> params, List<ArticleRow> rows, String nextPage,
                       List<Category> categories, Map<Long, String> categoryNames, List<UserSummary> authors) {

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public String categoryName(long id) {
        return categoryNames.getOrDefault(id, "");
    }
}
