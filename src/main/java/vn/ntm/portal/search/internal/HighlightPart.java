package vn.ntm.portal.search.internal;

/** A piece of a title or snippet: plain text, or a hit to be marked; the template escapes both. */
public record HighlightPart(String text, boolean hit) {
}
