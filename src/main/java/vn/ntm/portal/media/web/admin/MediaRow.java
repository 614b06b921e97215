package vn.ntm.portal.media.web.admin;

/** A song or video in the back-office list. */
public record MediaRow(long id, String title, String kind, String source, int position, boolean published) {
}
