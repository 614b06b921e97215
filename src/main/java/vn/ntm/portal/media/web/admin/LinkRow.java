package vn.ntm.portal.media.web.admin;

/** A link/banner in the back-office list. */
public record LinkRow(long id, String title, String url, String imagePath, int position, String startsOn, String endsOn,
                      long clicks) {
}
