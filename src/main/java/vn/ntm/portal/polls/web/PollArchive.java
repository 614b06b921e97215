package vn.ntm.portal.polls.web;

import java.util.List;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.shared.Paging;

/** {@code /tham-do}: the polls open now and the closed ones, paged. */
public record PollArchive(List<Poll> open, Paging<Poll> closed) {
}
