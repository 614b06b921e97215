package vn.ntm.portal.news.web.admin;

/** A category in the back-office tree list: its depth in the tree and how many articles use it. */
public record CategoryRow(long id, String name, String slug, int depth, int position, boolean inMenu, boolean showOnHome,
                          long articles) {
}
