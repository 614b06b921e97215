/**
 * Back-office screens for the site itself: site settings ({@code /quan-tri/cau-hinh}) and the public
 * sidebar's blocks ({@code /quan-tri/khoi-ben}). A module of its own because it needs both the admin
 * shell ({@code accounts}) and the site settings ({@code web}), and {@code accounts} already depends on
 * {@code web}. It has no public API.
 */
package vn.ntm.portal.siteadmin;
