package vn.ntm.portal.news.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.portal.news.domain.Article;
import vn.ntm.portal.news.domain.ArticleDetail;
import vn.ntm.portal.shared.Json;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.SiteSettings;

/** Title, breadcrumb, social meta and schema.org NewsArticle JSON-LD of an article page. */
@Component
class ArticlePageMeta {

    private final SiteSettings settings;
    private final String baseUrl;

    ArticlePageMeta(SiteSettings settings, @org.springframework.beans.factory.annotation.Value("${ntm.public-url:http://localhost:8080}") String baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    PageMeta of(ArticleDetail detail, RatingView rating) {
        Article a = detail.article();
        List<Crumb> crumbs = new ArrayList<>(detail.ancestry().stream().map(c -> new Crumb(c.name(), c.path())).toList());
        crumbs.add(Crumb.here(a.title()));
        return PageMeta.of(a.title(), a.lead(), a.path(), crumbs)
                .withOg("article", a.imagePath())
                .withJsonLd(jsonLd(a, rating));
    }

    private String jsonLd(Article a, RatingView rating) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String url = baseUrl + a.path();
        StringBuilder sb = new StringBuilder(512).append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"")
                .append(",\"headline\":").append(Json.quote(a.title()))
                .append(",\"description\":").append(Json.quote(a.lead()))
                .append(",\"datePublished\":").append(Json.quote(iso.format(a.publishedAt().atZone(VietnameseFormat.ZONE))))
                .append(",\"dateModified\":").append(Json.quote(iso.format(a.updatedAt().atZone(VietnameseFormat.ZONE))))
                .append(",\"mainEntityOfPage\":").append(Json.quote(url))
                .append(",\"inLanguage\":\"vi\"");
        if (a.imagePath() != null) {
            sb.append(",\"image\":[").append(Json.quote(baseUrl + a.imagePath())).append(']');
        }
        if (!a.authorName().isBlank()) {
            sb.append(",\"author\":{\"@type\":\"Person\",\"name\":").append(Json.quote(a.authorName())).append('}');
        }
        sb.append(",\"publisher\":{\"@type\":\"GovernmentOrganization\",\"name\":")
                .append(Json.quote(settings.identity().name()))
                .append(",\"logo\":{\"@type\":\"ImageObject\",\"url\":").append(Json.quote(baseUrl + "/static/img/logo.svg")).append("}}");
        if (rating.count() > 0) {
            sb.append(",\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", rating.average()))
                    .append(",\"ratingCount\":").append(rating.count())
                    .append(",\"bestRating\":5,\"worstRating\":1}");
        }
        return sb.append('}').toString();
    }
}
