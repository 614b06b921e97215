package vn.ntm.portal.polls.domain;

/** One answer a voter may choose. */
public record PollOption(long id, String label, int position) {
}
