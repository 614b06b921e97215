package vn.ntm.portal.news.web.admin;

/** A known source in the back-office list, with how many articles cite its name. */
public record SourceRow(long id, String name, String url, boolean active, int position, long articles) {
}
