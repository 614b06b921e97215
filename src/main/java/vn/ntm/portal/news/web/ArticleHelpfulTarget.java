package vn.ntm.portal.news.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.portal.feedback.HelpfulTarget;
import vn.ntm.portal.news.domain.Article;
import vn.ntm.portal.news.domain.ArticleStore;

/** Published articles take "Thông tin này có hữu ích không?" votes. */
@Component
class ArticleHelpfulTarget implements HelpfulTarget {

    static final String TYPE = "bai-viet";

    private final ArticleStore articles;

    ArticleHelpfulTarget(ArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<String> publicPath(long id) {
        return articles.findPublished(id).map(Article::path);
    }
}
