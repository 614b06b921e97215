/**
 * Back-office screens for the site itself: site settings ({@code /quan-tri/cau-hinh}), the public
 * sidebar's blocks ({@code /quan-tri/khoi-ben}) and the main menu's hand-made entries
 * ({@code /quan-tri/trinh-don}). A module of its own because it needs both the admin shell
 * ({@code accounts}) and the site settings and menu ({@code web}), and {@code accounts} already depends
 * on {@code web}. It has no public API.
 */
package vn.ntm.portal.siteadmin;
