/**
 * Back-office screens for visitor statistics: the detailed report ({@code /quan-tri/thong-ke}, humans and
 * bots apart, page views, "hữu ích" votes) and the excluded address ranges
 * ({@code /quan-tri/thong-ke/loai-tru}). A module of its own, like {@code siteadmin}, because it needs the
 * admin shell ({@code accounts}), which already depends on {@code stats} (the dashboard's visits panel), and
 * the votes of {@code feedback}, which depends on {@code stats} too. It has no public API.
 */
package vn.ntm.portal.statsadmin;
