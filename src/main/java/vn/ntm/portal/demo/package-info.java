/**
 * Demo content: on the first start of an empty database, fills categories, articles, tags, documents,
 * media, links and visit history with generated Vietnamese content, so the portal can be shown and
 * benchmarked ("scale mode": {@code --ntm.demo.articles=200000}). Writes only through SQL; no other
 * module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content", allowedDependencies = "shared")
package vn.ntm.portal.demo;
