package vn.ntm.portal.news.web.admin;

/** A tag in the back-office list, with how many articles carry it. */
public record TagRow(long id, String slug, String name, long articles) {

    public String path() {
        return "/the/" + slug;
    }
}
