package vn.ntm.portal.polls.domain;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * Results of a poll: voters (ballots) and, per option, how many chose it and the share of voters, to one decimal
 * in vi-VN format. With multiple choice the shares add up to more than 100 %: each is the part of voters who chose
 * that option.
 */
public record PollResults(long voters, List<Row> rows) {

    /** One option's line; {@code bar} is the share rounded to a tenth, for the SVG bar's width (0–100). */
    public record Row(PollOption option, long count, double percent) {

        public String percentText() {
            return VietnameseFormat.oneDecimal(percent) + "%";
        }

        public String countText() {
            return VietnameseFormat.number(count);
        }

        public String bar() {
            return String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(100, percent)));
        }
    }

    public static PollResults of(Poll poll, long voters, Map<Long, Long> counts) {
        List<Row> rows = poll.options().stream().map(o -> {
            long n = counts.getOrDefault(o.id(), 0L);
            return new Row(o, n, voters == 0 ? 0 : n * 100.0 / voters);
        }).toList();
        return new PollResults(voters, rows);
    }

    public String votersText() {
        return VietnameseFormat.number(voters);
    }

    public long count(long optionId) {
        return rows.stream().filter(r -> r.option().id() == optionId).mapToLong(Row::count).sum();
    }
}
