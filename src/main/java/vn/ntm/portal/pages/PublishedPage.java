package vn.ntm.portal.pages;

import java.time.Instant;

/**
 * A published static page as other modules see it: {@code text} is the body as plain text (tags dropped,
 * entities decoded), {@code path} the public address ({@code /trang/<slug>}).
 */
public record PublishedPage(long id, String slug, String title, String summary, String text, String path,
                            Instant updatedAt) {

    /** The public address of the page with this slug. */
    public static String pathOf(String slug) {
        return "/trang/" + slug;
    }
}
