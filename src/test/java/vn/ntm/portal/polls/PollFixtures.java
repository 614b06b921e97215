package vn.ntm.portal.polls;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Polls made straight in the database for tests: each with a new slug and its own options. */
final class PollFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    record Made(long id, String slug, List<Long> options) {

        String path() {
            return "/tham-do/" + slug;
        }

        String action() {
            return path() + "/binh-chon";
        }
    }

    private PollFixtures() {
    }

    /** Opens {@code opensIn} from now (negative: in the past), closes {@code closesIn} from now (null: never). */
    static Made poll(JdbcClient jdbc, boolean multiple, int max, Duration opensIn, Duration closesIn, boolean membersOnly,
                     String visibility, String... labels) {
        String slug = "tham-do-thu-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        Instant now = Instant.now();
        long id = jdbc.sql("""
                        INSERT INTO poll (slug, question, multiple, max_choices, opens_at, closes_at, members_only, results_visibility)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(slug, "Câu hỏi thử " + slug, multiple, max, Timestamp.from(now.plus(opensIn)),
                        closesIn == null ? null : Timestamp.from(now.plus(closesIn)), membersOnly, visibility)
                .query(Long.class).single();
        List<Long> options = new ArrayList<>();
        int position = 0;
        for (String label : labels) {
            options.add(jdbc.sql("INSERT INTO poll_option (poll_id, label, position) VALUES (?, ?, ?) RETURNING id")
                    .params(id, label, position += 10).query(Long.class).single());
        }
        return new Made(id, slug, options);
    }

    static Made open(JdbcClient jdbc, String visibility) {
        return poll(jdbc, false, 1, Duration.ofHours(-1), Duration.ofDays(7), false, visibility, "Đồng ý", "Không đồng ý", "Ý kiến khác");
    }

    static long ballots(JdbcClient jdbc, long pollId) {
        return jdbc.sql("SELECT count(*) FROM poll_ballot WHERE poll_id = ?").param(pollId).query(Long.class).single();
    }

    static long choices(JdbcClient jdbc, long pollId) {
        return jdbc.sql("SELECT count(*) FROM poll_ballot_choice WHERE poll_id = ?").param(pollId).query(Long.class).single();
    }
}
