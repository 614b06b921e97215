package vn.ntm.portal.news.web.admin;

/** An author / pen name in the back-office list, the linked user's name if any, and how many articles carry it. */
public record AuthorRow(long id, String displayName, Long userId, String userName, String note, boolean active, long articles) {
}
