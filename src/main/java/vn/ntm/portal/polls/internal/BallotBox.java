package vn.ntm.portal.polls.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.polls.domain.Poll;

/**
 * Casts a ballot in one transaction: a ballot row and one row per chosen option, or nothing. Once per visitor cookie
 * (public polls) or per account (members-only polls) is held by the unique keys of {@code poll_ballot}; the per-address
 * limit of public polls is counted inside the same transaction, serialised per (poll, address) by an advisory lock, so
 * it holds across nodes; the voting window is checked again by the INSERT itself.
 */
@Component
public class BallotBox {

    public enum Outcome { ACCEPTED, ALREADY_VOTED, TOO_MANY_FROM_ADDRESS, NOT_OPEN, OPTION_GONE }

    /** Who votes: a visitor id for public polls, an account for members-only ones; the address always. */
    public record Voter(UUID visitorId, Long userId, String ip) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PollsProperties props;

    BallotBox(JdbcClient jdbc, PlatformTransactionManager transactions, PollsProperties props) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.props = props;
    }

    /** Choices must have been checked against the poll ({@code BallotRules}); returns once committed. */
    public Outcome cast(Poll poll, Voter voter, Set<Long> choices) {
        if ((voter.visitorId() == null) == (voter.userId() == null)) {
            throw new IllegalArgumentException("a ballot is cast by a visitor or by an account, not both");
        }
        try {
            return tx.execute(s -> {
                if (!poll.membersOnly()) {
                    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 0))")
                            .param("poll-ip:" + poll.id() + ":" + voter.ip()).query(Integer.class).single();
                    if (voted(poll.id(), voter)) {
                        return Outcome.ALREADY_VOTED;
                    }
                    long fromAddress = jdbc.sql("""
                                    SELECT count(*) FROM poll_ballot
                                     WHERE poll_id = ? AND ip = ?::inet AND cast_at > now() - make_interval(secs => ?)""")
                            .params(poll.id(), voter.ip(), (double) props.ipWindow().toSeconds()).query(Long.class).single();
                    if (fromAddress >= props.maxVotesPerIp()) {
                        return Outcome.TOO_MANY_FROM_ADDRESS;
                    }
                }
                Optional<Long> ballot = jdbc.sql("""
                                INSERT INTO poll_ballot (poll_id, visitor_id, user_id, ip)
                                SELECT ?, ?, ?, ?::inet
                                 WHERE EXISTS (SELECT 1 FROM poll WHERE id = ? AND opens_at <= now()
                                                                  AND (closes_at IS NULL OR closes_at > now()))
                                ON CONFLICT DO NOTHING RETURNING id""")
                        .params(poll.id(), voter.visitorId(), voter.userId(), voter.ip(), poll.id())
                        .query(Long.class).optional();
                if (ballot.isEmpty()) {
                    return voted(poll.id(), voter) ? Outcome.ALREADY_VOTED : Outcome.NOT_OPEN;
                }
                jdbc.sql("INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id) SELECT ?, ?, unnest(?::bigint[])")
                        .params(ballot.get(), poll.id(), choices.toArray(Long[]::new)).update();
                return Outcome.ACCEPTED;
            });
        } catch (DataIntegrityViolationException e) {
            // an option deleted in the back office since the form was loaded: the whole ballot was rolled back
            return Outcome.OPTION_GONE;
        }
    }

    private boolean voted(long pollId, Voter voter) {
        return voter.userId() != null
                ? jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll_ballot WHERE poll_id = ? AND user_id = ?)").params(pollId, voter.userId())
                        .query(Boolean.class).single()
                : jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll_ballot WHERE poll_id = ? AND visitor_id = ?)").params(pollId, voter.visitorId())
                        .query(Boolean.class).single();
    }
}
