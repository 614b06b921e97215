package vn.ntm.portal.news.domain;

/** A tag ("từ khóa") grouping articles across categories. */
public record Tag(long id, String slug, String name) {

    public String path() {
        return "/the/" + slug;
    }
}
