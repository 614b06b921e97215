package vn.ntm.portal.news.domain;

/** A news category; categories form a tree through {@code parentId}. */
public record Category(long id, Long parentId, String slug, String name, String description, int position,
                       boolean inMenu, boolean showOnHome) {

    public String path() {
        return "/chuyen-muc/" + slug;
    }
}
