package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of matching Zoom people to registrations. Several people may match one registration (two devices, one
 * signed in and one not): {@link #intervalsByRegistration()} gathers their intervals so that minutes are the union
 * over all of them.
 */
public record MatchResult(List<Match> matches, List<Review> review) {

    /** A person matched to a registration. */
    public record Match(ZoomPerson person, long registrationId, MatchMethod method) {
    }

    /** A person for the manual review queue, with the registrations that came close (may be empty). */
    public record Review(ZoomPerson person, ReviewReason reason, List<Long> suggestions) {
        public Review {
            suggestions = List.copyOf(suggestions);
        }
    }

    public MatchResult {
        matches = List.copyOf(matches);
        review = List.copyOf(review);
    }

    /** Registration id → the intervals of every person matched to it, in the order the people came. */
    public Map<Long, List<Interval>> intervalsByRegistration() {
        Map<Long, List<Interval>> out = new LinkedHashMap<>();
        for (Match m : matches) {
            out.computeIfAbsent(m.registrationId(), k -> new ArrayList<>()).addAll(m.person().intervals());
        }
        return out;
    }
}
