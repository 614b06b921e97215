package vn.ntm.portal.polls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollInput;
import vn.ntm.portal.polls.domain.PollOption;
import vn.ntm.portal.polls.domain.ResultVisibility;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.shared.VietnameseText;

/** SQL for polls and their options, and the counts grouped from ballots. Callers hold the transaction. */
@Component
public class PollStore {

    private static final String COLUMNS = """
            SELECT id, slug, question, description, multiple, max_choices, opens_at, closes_at, members_only,
                   results_visibility, featured FROM poll""";

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Poll> find(long id) {
        return load(COLUMNS + " WHERE id = ?", id).stream().findFirst();
    }

    public Optional<Poll> findBySlug(String slug) {
        return load(COLUMNS + " WHERE slug = ?", slug).stream().findFirst();
    }

    /** Every poll, newest first (back office). */
    public List<Poll> all() {
        return load(COLUMNS + " ORDER BY opens_at DESC, id DESC");
    }

    /** Polls open now, newest first; public ones only when asked. */
    public List<Poll> open(boolean publicOnly) {
        return load(COLUMNS + " WHERE opens_at <= now() AND (closes_at IS NULL OR closes_at > now())"
                + (publicOnly ? " AND NOT members_only" : "") + " ORDER BY opens_at DESC, id DESC");
    }

    /** Closed polls, the most recently closed first. */
    public Paging<Poll> closed(int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM poll WHERE closes_at <= now()").query(Long.class).single();
        List<Poll> items = load(COLUMNS + " WHERE closes_at <= now() ORDER BY closes_at DESC, id DESC LIMIT ? OFFSET ?",
                size, Paging.offset(page, size));
        return new Paging<>(items, page, size, total);
    }

    /** Ballots (voters) per poll, for the back-office list. */
    public Map<Long, Long> ballotsPerPoll() {
        Map<Long, Long> map = new HashMap<>();
        jdbc.sql("SELECT poll_id, count(*) FROM poll_ballot GROUP BY poll_id")
                .query((ResultSet rs) -> {
                    map.put(rs.getLong(1), rs.getLong(2));
                });
        return map;
    }

    public long ballots(long pollId) {
        return jdbc.sql("SELECT count(*) FROM poll_ballot WHERE poll_id = ?").param(pollId).query(Long.class).single();
    }

    /** How many ballots chose each option (options nobody chose are absent). */
    public Map<Long, Long> counts(long pollId) {
        Map<Long, Long> map = new HashMap<>();
        jdbc.sql("SELECT option_id, count(*) FROM poll_ballot_choice WHERE poll_id = ? GROUP BY option_id").param(pollId)
                .query((ResultSet rs) -> {
                    map.put(rs.getLong(1), rs.getLong(2));
                });
        return map;
    }

    public boolean hasVoted(long pollId, UUID visitorId, Long userId) {
        if (visitorId == null && userId == null) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM poll_ballot WHERE poll_id = :poll
                                         AND (visitor_id = :visitor OR user_id = :user))""")
                .param("poll", pollId).param("visitor", visitorId).param("user", userId).query(Boolean.class).single();
    }

    public long create(PollInput in) {
        long id = jdbc.sql("""
                        INSERT INTO poll (slug, question, description, multiple, max_choices, opens_at, closes_at, members_only,
                                          results_visibility, featured)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, false) RETURNING id""")
                .params(uniqueSlug(in.question()), in.question(), in.description(), in.multiple(), in.maxChoices(),
                        Timestamp.from(in.opensAt()), ts(in.closesAt()), in.membersOnly(), in.visibility().name())
                .query(Long.class).single();
        writeOptions(id, in.options());
        feature(id, in.featured());
        return id;
    }

    /** Saves the poll; options missing from the input are deleted (the database refuses one that was chosen). */
    public void update(long id, PollInput in) {
        jdbc.sql("""
                        UPDATE poll SET question = ?, description = ?, multiple = ?, max_choices = ?, opens_at = ?, closes_at = ?,
                                        members_only = ?, results_visibility = ?, updated_at = now() WHERE id = ?""")
                .params(in.question(), in.description(), in.multiple(), in.maxChoices(), Timestamp.from(in.opensAt()),
                        ts(in.closesAt()), in.membersOnly(), in.visibility().name(), id)
                .update();
        List<Long> kept = in.options().stream().map(PollInput.OptionInput::id).filter(java.util.Objects::nonNull).toList();
        jdbc.sql("DELETE FROM poll_option WHERE poll_id = ? AND NOT (id = ANY (?))")
                .params(id, kept.toArray(Long[]::new)).update();
        writeOptions(id, in.options());
        feature(id, in.featured());
    }

    /** Closes the poll now (when it is not closed already); false when nothing changed. */
    public boolean close(long id) {
        return jdbc.sql("""
                UPDATE poll SET opens_at = least(opens_at, now() - interval '1 millisecond'), closes_at = now(), updated_at = now()
                 WHERE id = ? AND (closes_at IS NULL OR closes_at > now())""").param(id).update() == 1;
    }

    /** Deletes the poll with its ballots (first, since a chosen option may not be deleted while its choices exist). */
    public void delete(long id) {
        jdbc.sql("DELETE FROM poll_ballot WHERE poll_id = ?").param(id).update();
        jdbc.sql("DELETE FROM poll WHERE id = ?").param(id).update();
    }

    private void feature(long id, boolean featured) {
        if (featured) {
            jdbc.sql("UPDATE poll SET featured = false WHERE featured AND id <> ?").param(id).update();
        }
        jdbc.sql("UPDATE poll SET featured = ? WHERE id = ?").params(featured, id).update();
    }

    private void writeOptions(long pollId, List<PollInput.OptionInput> options) {
        int position = 0;
        for (PollInput.OptionInput o : options) {
            position += 10;
            if (o.id() == null) {
                jdbc.sql("INSERT INTO poll_option (poll_id, label, position) VALUES (?, ?, ?)").params(pollId, o.label(), position).update();
            } else {
                jdbc.sql("UPDATE poll_option SET label = ?, position = ? WHERE id = ? AND poll_id = ?")
                        .params(o.label(), position, o.id(), pollId).update();
            }
        }
    }

    private String uniqueSlug(String question) {
        String base = VietnameseText.slug(question);
        if (base.length() > 80) {
            int cut = base.lastIndexOf('-', 80);
            base = base.substring(0, cut > 20 ? cut : 80);
        }
        if (base.matches("\\d+")) {
            base = "tham-do-" + base;
        }
        String slug = base;
        for (int n = 2; jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll WHERE slug = ?)").param(slug).query(Boolean.class).single(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private List<Poll> load(String sql, Object... params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(PollStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PollOption>> options = new LinkedHashMap<>();
        rows.forEach(r -> options.put(r.id, new ArrayList<>()));
        jdbc.sql("SELECT id, poll_id, label, position FROM poll_option WHERE poll_id = ANY (?) ORDER BY position, id")
                .param(options.keySet().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    options.get(rs.getLong("poll_id")).add(new PollOption(rs.getLong("id"), rs.getString("label"), rs.getInt("position")));
                });
        return rows.stream().map(r -> new Poll(r.id, r.slug, r.question, r.description, r.multiple, r.maxChoices, r.opensAt,
                r.closesAt, r.membersOnly, r.visibility, r.featured, options.get(r.id))).toList();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp closes = rs.getTimestamp("closes_at");
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("question"), rs.getString("description"),
                rs.getBoolean("multiple"), rs.getInt("max_choices"), rs.getTimestamp("opens_at").toInstant(),
                closes == null ? null : closes.toInstant(), rs.getBoolean("members_only"),
                ResultVisibility.valueOf(rs.getString("results_visibility")), rs.getBoolean("featured"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private record Row(long id, String slug, String question, String description, boolean multiple, int maxChoices,
                       Instant opensAt, Instant closesAt, boolean membersOnly, ResultVisibility visibility, boolean featured) {
    }
}
