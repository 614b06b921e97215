package vn.ntm.portal.polls.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollStatus;

/** The back-office list: every poll with its status and number of voters. */
public record PollAdminList(List<Poll> polls, Map<Long, Long> ballots, Instant now, String notice, String error) {

    public PollStatus status(Poll p) {
        return p.status(now);
    }

    public long voters(Poll p) {
        return ballots.getOrDefault(p.id(), 0L);
    }
}
