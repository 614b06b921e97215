package vn.ntm.portal.media.web;

/** An image link to another agency's site. */
public record LinkBanner(long id, String title, String url, String imagePath, String imageAlt) {
}
