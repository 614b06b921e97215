/**
 * Static pages ("Trang thông tin"): the introduction of the office, access to information, contacts and the
 * like, in a two-level tree, at {@code /trang/<slug>}, in the sitemap; the back office at {@code /quan-tri/trang}
 * for editors and administrators. Its public API is {@link vn.ntm.portal.pages.PagesApi} (the published pages,
 * for site search); storage and rules live in {@code internal}, screens in {@code web}.
 */
package vn.ntm.portal.pages;
