/**
 * Site search ("Tìm kiếm"): one search box in the site header and the results page {@code /tim-kiem} across
 * every module's public content, with Vietnamese folding (typed with or without diacritics), phrases, filters,
 * highlighted snippets and suggestions as you type; the administrators' screen {@code /quan-tri/tim-kiem}.
 *
 * <p>Its public API is {@link vn.ntm.portal.search.SearchSource} (a module's searchable content) and
 * {@link vn.ntm.portal.search.SearchDocument} (one item). Each node keeps its own Lucene index, fed from the
 * {@code search_change} table that triggers on the source tables fill ({@code search_log_change(kind)}).
 * Depends on {@code shared}, {@code web}, {@code accounts} and {@code audit}.
 */
package vn.ntm.portal.search;
