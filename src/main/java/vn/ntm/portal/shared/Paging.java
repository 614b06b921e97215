package vn.ntm.portal.shared;

import java.util.List;

/** One page of a list: 1-based page number, page size and total count. */
public record Paging<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    /** Page numbers to show around the current one: at most 7, always including the first and the last. */
    public List<Integer> window() {
        int last = pages();
        int from = Math.max(1, Math.min(page - 3, last - 6));
        int to = Math.min(last, from + 6);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
