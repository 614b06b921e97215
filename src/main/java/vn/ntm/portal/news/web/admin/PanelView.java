package vn.ntm.portal.news.web.admin;

import java.util.List;
import vn.ntm.portal.news.editorial.ArticleRow;

/** One news dashboard panel: heading, element id and the articles listed. */
public record PanelView(String title, String id, List<ArticleRow> rows) {
}
