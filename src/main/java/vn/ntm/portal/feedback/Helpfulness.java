package vn.ntm.portal.feedback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Thông tin này có hữu ích không?": a one-click yes/no vote on any page-sized thing (an answer, a
 * document, an article), one per visitor per target, enforced by the primary key of
 * {@code helpful_vote}. The caller names the target ({@code "hoi-dap"}, 42) and gives the visitor id
 * from the statistics module's signed cookie.
 */
@Component
public class Helpfulness {

    public enum Outcome { ACCEPTED, ALREADY_VOTED }

    /** Votes for one target. */
    public record Counts(long yes, long no) {

        public long total() {
            return yes + no;
        }
    }

    private final JdbcClient jdbc;

    Helpfulness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the visitor's vote unless they already voted on this target. */
    public Outcome record(String targetType, long targetId, UUID visitorId, boolean helpful) {
        if (targetType == null || targetType.isBlank() || visitorId == null) {
            throw new IllegalArgumentException("target type and visitor id are required");
        }
        int inserted = jdbc.sql("""
                        INSERT INTO helpful_vote (target_type, target_id, visitor_id, helpful) VALUES (?, ?, ?, ?)
                        ON CONFLICT (target_type, target_id, visitor_id) DO NOTHING""")
                .params(targetType, targetId, visitorId, helpful).update();
        return inserted == 1 ? Outcome.ACCEPTED : Outcome.ALREADY_VOTED;
    }

    public Counts counts(String targetType, long targetId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
                          FROM helpful_vote WHERE target_type = ? AND target_id = ?""")
                .params(targetType, targetId)
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Votes for several targets of one type (all time); targets without votes are left out. */
    public Map<Long, Counts> counts(String targetType, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Counts> out = new HashMap<>();
        jdbc.sql("""
                        SELECT target_id, count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
                          FROM helpful_vote WHERE target_type = ? AND target_id = ANY (?) GROUP BY target_id""")
                .params(targetType, targetIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    out.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    /** Votes cast in {@code [from, to)}, by target type (e.g. "bai-viet", "van-ban"), for statistics. */
    public Map<String, Counts> countsByType(Instant from, Instant to) {
        Map<String, Counts> out = new TreeMap<>();
        jdbc.sql("""
                        SELECT target_type, count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
                          FROM helpful_vote WHERE voted_at >= ? AND voted_at < ? GROUP BY target_type""")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    out.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    /** Whether this visitor has voted on the target already. */
    public boolean hasVoted(String targetType, long targetId, UUID visitorId) {
        if (visitorId == null) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM helpful_vote WHERE target_type = ? AND target_id = ? AND visitor_id = ?)")
                .params(targetType, targetId, visitorId).query(Boolean.class).single();
    }
}
