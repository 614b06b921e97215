package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The time a person was there: intervals clipped to the session window, overlapping and touching ones merged (two
 * devices, a reconnect), lengths summed after the merge, never before. Works on epoch seconds in primitive arrays.
 */
public final class IntervalUnion {

    private IntervalUnion() {
    }

    /** Seconds covered by the union of {@code intervals} inside {@code window}. */
    public static long seconds(Collection<Interval> intervals, Interval window) {
        long ws = window.start().getEpochSecond();
        long we = window.end().getEpochSecond();
        long[] starts = new long[intervals.size()];
        long[] ends = new long[intervals.size()];
        int n = 0;
        for (Interval i : intervals) {
            long s = Math.max(i.start().getEpochSecond(), ws);
            long e = Math.min(i.end().getEpochSecond(), we);
            if (e > s) {
                starts[n] = s;
                ends[n] = e;
                n++;
            }
        }
        return unionLength(starts, ends, n);
    }

    /** The merged intervals inside {@code window}, in time order. */
    public static List<Interval> merged(Collection<Interval> intervals, Interval window) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval i : intervals) {
            Instant s = i.start().isBefore(window.start()) ? window.start() : i.start();
            Instant e = i.end().isAfter(window.end()) ? window.end() : i.end();
            if (e.isAfter(s)) {
                clipped.add(new Interval(s, e));
            }
        }
        clipped.sort((a, b) -> a.start().compareTo(b.start()));
        List<Interval> out = new ArrayList<>();
        for (Interval i : clipped) {
            if (!out.isEmpty() && !i.start().isAfter(out.get(out.size() - 1).end())) {
                Interval last = out.remove(out.size() - 1);
                out.add(new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Length of the union of [starts[k], ends[k]) for k &lt; n (the arrays are reordered). */
    static long unionLength(long[] starts, long[] ends, int n) {
        if (n == 0) {
            return 0;
        }
        if (n > 1) {
            sortByStart(starts, ends, n);
        }
        long total = 0;
        long curStart = starts[0];
        long curEnd = ends[0];
        for (int k = 1; k < n; k++) {
            if (starts[k] <= curEnd) {
                curEnd = Math.max(curEnd, ends[k]);
            } else {
                total += curEnd - curStart;
                curStart = starts[k];
                curEnd = ends[k];
            }
        }
        return total + (curEnd - curStart);
    }

    private static void sortByStart(long[] starts, long[] ends, int n) {
        boolean sorted = true;
        for (int k = 1; k < n && sorted; k++) {
            sorted = starts[k - 1] <= starts[k];
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        long[] s = new long[n];
        long[] e = new long[n];
        for (int k = 0; k < n; k++) {
            s[k] = starts[order[k]];
            e[k] = ends[order[k]];
        }
        System.arraycopy(s, 0, starts, 0, n);
        System.arraycopy(e, 0, ends, 0, n);
    }
}
