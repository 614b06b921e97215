package vn.ntm.portal.news.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ntm.portal.news.domain.Article;
import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.web.CsrfTokens;
import vn.ntm.portal.web.SecurityHeaders;

/**
 * Serves the common case of the busiest page, a plain GET of an article at its canonical URL, from
 * {@link CachedArticlePages} ahead of the MVC and security filter chains, with the view counted, the
 * CSRF token issued and the security headers written exactly as on the normal path. Anything else
 * (query strings, old slugs, unknown ids, votes) falls through to {@link ArticleController}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ArticleFastPath extends OncePerRequestFilter {

    private static final String PREFIX = "/tin-tuc/";

    private final ArticleReader reader;
    private final StatsApi stats;
    private final ArticleController articles;
    private final CsrfTokens csrf;
    private final CachedArticlePages pages;

    ArticleFastPath(ArticleReader reader, StatsApi stats, ArticleController articles, CsrfTokens csrf, CachedArticlePages pages) {
        this.reader = reader;
        this.stats = stats;
        this.articles = articles;
        this.csrf = csrf;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String slugId = request.getRequestURI().substring(PREFIX.length());
        Optional<ArticleDetail> found = ArticleController.idOf(slugId).flatMap(reader::detail);
        if (found.isEmpty() || !slugId.equals(found.get().article().slug() + "-" + found.get().article().id())) {
            chain.doFilter(request, response);
            return;
        }
        Article a = found.get().article();
        stats.articleViewed(a.id(), stats.visitor(request));
        CsrfToken token = csrf.token(request, response);
        var page = pages.page(found.get(), articles.rating(a.id()), token.getParameterName());
        byte[] views = VietnameseFormat.number(articles.views(a.id())).getBytes(StandardCharsets.UTF_8);
        byte[] tokenBytes = token.getToken().getBytes(StandardCharsets.UTF_8);
        SecurityHeaders.apply(response, request.isSecure());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", "vi-VN");
        byte[] html = page.fill(views, tokenBytes);
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
