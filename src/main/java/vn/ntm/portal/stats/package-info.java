/**
 * Visitor statistics: visits, page views, online visitors and article views. Other modules use
 * {@link vn.ntm.portal.stats.StatsApi} and its value types only; counting and storage live in
 * {@code internal}.
 */
package vn.ntm.portal.stats;
