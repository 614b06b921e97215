package vn.ntm.portal.uploads;

/** A 16:9 version of a stored image, cover-cropped (centred) to exactly {@code width}×{@code height}. */
public record Thumbnail(int width, int height, String url) {
}
