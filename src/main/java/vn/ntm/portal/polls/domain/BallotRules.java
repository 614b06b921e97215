package vn.ntm.portal.polls.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * Checks a ballot before anything is written: the poll is open, at least one option, no more than allowed, every
 * option belongs to the poll. The database checks the window and the options again when the ballot is inserted.
 */
public final class BallotRules {

    private BallotRules() {
    }

    /** The options chosen, read from the form's {@code chon} values (duplicates count once); empty on a bad value. */
    public static Optional<Set<Long>> parse(List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || !v.matches("\\d{1,18}")) {
                return Optional.empty();
            }
            ids.add(Long.parseLong(v));
        }
        return Optional.of(ids);
    }

    /** The reason to refuse the ballot, or empty when it may be cast. */
    public static Optional<Refusal> check(Poll poll, Set<Long> chosen, Instant now) {
        PollStatus status = poll.status(now);
        if (status == PollStatus.UPCOMING) {
            return Optional.of(new Refusal(409, "Cuộc thăm dò này chưa bắt đầu; bạn có thể bình chọn từ "
                    + VietnameseFormat.dateTime(poll.opensAt()) + "."));
        }
        if (status == PollStatus.CLOSED) {
            return Optional.of(new Refusal(409, "Cuộc thăm dò này đã kết thúc, không nhận thêm bình chọn."));
        }
        if (chosen.isEmpty()) {
            return Optional.of(new Refusal(400, "Vui lòng chọn ít nhất một phương án."));
        }
        Set<Long> known = poll.options().stream().map(PollOption::id).collect(Collectors.toSet());
        if (!known.containsAll(chosen)) {
            return Optional.of(new Refusal(400, "Phương án bạn chọn không thuộc cuộc thăm dò này. Vui lòng tải lại trang và chọn lại."));
        }
        if (!poll.multiple() && chosen.size() > 1) {
            return Optional.of(new Refusal(400, "Cuộc thăm dò này chỉ được chọn một phương án."));
        }
        if (chosen.size() > poll.maxChoices()) {
            return Optional.of(new Refusal(400, "Bạn chỉ được chọn tối đa " + poll.maxChoices() + " phương án."));
        }
        return Optional.empty();
    }
}
