package vn.ntm.portal.polls.web;

import java.util.Set;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollResults;
import vn.ntm.portal.polls.domain.PollStatus;

/**
 * What the poll page shows: the poll, its status, the form when the reader may vote, the results when the poll's
 * rule lets this reader see them ({@code results} null otherwise, with {@code resultsNote} saying when they will),
 * and a notice after a vote or a choice carried over from the sidebar block.
 */
public record PollPage(Poll poll, PollStatus status, boolean voted, boolean canVote, boolean needsSignIn, PollResults results,
                       String resultsNote, String notice, Set<Long> preselected, String csrfParam, String csrfToken) {

    public boolean checked(long optionId) {
        return preselected.contains(optionId);
    }
}
