package vn.ntm.portal.news.web.admin;

import java.util.List;
import vn.ntm.portal.news.editorial.ArticleVersion;
import vn.ntm.portal.news.editorial.EditorialArticle;

/** Version history of one article, with the difference between two chosen versions (escaped HTML). */
public record HistoryView(EditorialArticle article, List<ArticleVersion> versions, int from, int to, String diffHtml,
                          boolean mayRestore, String csrfParam, String csrfToken) {
}
