package vn.ntm.portal.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ntm.portal.search.SearchSource;
import vn.ntm.portal.search.internal.SearchService;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * What the results page shows: the typed text and filters (as typed, to fill the form again), notices (text cut,
 * too many words, index being built), and the results when a search ran.
 *
 * @param kinds      the type filter's options; {@code categories} the category filter's (articles)
 * @param results    null when nothing was searched (empty query)
 */
public record SearchPage(String query, String kind, String category, String from, String to, boolean newestFirst,
                         List<String> notices, boolean building, List<KindOption> kinds,
                         List<SearchSource.Category> categories, SearchService.Results results, String basePath) {

    public record KindOption(String code, String label) {
    }

    public boolean searched() {
        return results != null;
    }

    /** "Tìm thấy 1.234 kết quả" or, beyond the exact count, "Tìm thấy hơn 1.000 kết quả". */
    public String countText() {
        if (results == null) {
            return "";
        }
        if (results.total() == 0) {
            return "Không tìm thấy kết quả nào.";
        }
        return "Tìm thấy " + (results.totalIsLowerBound() ? "hơn " : "") + VietnameseFormat.number(results.total()) + " kết quả";
    }

    public String date(java.time.Instant instant) {
        return VietnameseFormat.date(instant);
    }

    public boolean hasPrevious() {
        return results != null && results.page() > 1;
    }

    public boolean hasNext() {
        return results != null && results.page() < results.pages();
    }

    /** The link to another page of the same search. */
    public String pageHref(int page) {
        StringBuilder sb = new StringBuilder(basePath).append("?q=").append(enc(query));
        add(sb, "loai", kind);
        add(sb, "chuyen-muc", category);
        add(sb, "tu", from);
        add(sb, "den", to);
        if (newestFirst) {
            sb.append("&sap-xep=moi-nhat");
        }
        if (page > 1) {
            sb.append("&trang=").append(page);
        }
        return sb.toString();
    }

    /** The same search ordered the other way. */
    public String sortHref(boolean newest) {
        return new SearchPage(query, kind, category, from, to, newest, notices, building, kinds, categories, results, basePath)
                .pageHref(1);
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
