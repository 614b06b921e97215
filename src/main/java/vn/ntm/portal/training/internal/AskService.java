package vn.ntm.portal.training.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.SafeHtml;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.AskCounts;
import vn.ntm.portal.training.domain.AskSource;
import vn.ntm.portal.training.domain.AskStatus;
import vn.ntm.portal.web.UserInputException;

/**
 * Questions per topic ("Hỏi đáp theo chuyên đề", table {@code training_ask}): learners ask on a topic's page, with
 * their personal code or anonymously; the registration form's question and imported Zoom Q&A land in the same table.
 * Organisers moderate (a new question is PENDING), move a question to another topic, assign it to a speaker of its
 * topic, write the answer (sanitised HTML) and publish it; only an approved, answered question can be published,
 * checked here and by the table. Every back-office change is audited with its before and after.
 *
 * <p>Upvotes: one per visitor (the primary key of {@code training_ask_vote}), and {@code upvotes} is moved by the
 * same delta in the same transaction, so concurrent votes on any number of nodes neither get lost nor count twice.
 */
@Service
public class AskService {

    static final String COLUMNS = """
            a.id, a.programme_id, a.topic_id, a.session_id, a.registration_id, r.code AS registration_code, a.source, a.asker_name,
            a.body, a.status, a.speaker_id, a.answer_html, a.answered_at, a.answered_by, a.published, a.upvotes, a.created_at,
            a.updated_at""";
    static final String FROM = "training_ask a LEFT JOIN training_registration r ON r.id = a.registration_id";

    static final RowMapper<Ask> ASK = (rs, i) -> new Ask(rs.getLong("id"), rs.getLong("programme_id"),
            (Long) rs.getObject("topic_id", Long.class), (Long) rs.getObject("session_id", Long.class),
            (Long) rs.getObject("registration_id", Long.class), rs.getString("registration_code"), AskSource.valueOf(rs.getString("source")),
            rs.getString("asker_name"), rs.getString("body"), AskStatus.valueOf(rs.getString("status")),
            (Long) rs.getObject("speaker_id", Long.class), rs.getString("answer_html"), TrainingStore.instant(rs, "answered_at"),
            rs.getString("answered_by"), rs.getBoolean("published"), rs.getInt("upvotes"), TrainingStore.instant(rs, "created_at"),
            TrainingStore.instant(rs, "updated_at"));

    public enum Vote { COUNTED, ALREADY_VOTED, NOT_FOUND }

    /** What an upvote did, and the question's count afterwards. */
    public record VoteResult(Vote vote, int upvotes) {
    }

    /** The organisers' list filter; null fields do not filter. {@code noTopic}: only questions without a topic. */
    public record Filter(Long topicId, boolean noTopic, AskStatus status, AskSource source, Boolean answered, String text) {

        public static Filter none() {
            return new Filter(null, false, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final AuditApi audit;

    AskService(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // ---- public side

    /**
     * Stores a question asked on a topic's page (PENDING). The session is the topic's session running now, if any
     * (a question asked during the session). Returns the new id.
     */
    public long ask(long programmeId, long topicId, Long registrationId, String askerName, String body, String ip) {
        return jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, session_id, registration_id, source, asker_name, body, submitter_ip)
                SELECT t.programme_id, t.id,
                       (SELECT s.id FROM training_session s JOIN training_session_topic st ON st.session_id = s.id
                         WHERE st.topic_id = t.id AND now() BETWEEN s.starts_at AND s.ends_at ORDER BY s.starts_at LIMIT 1),
                       ?, 'SITE', ?, ?, ?::inet
                  FROM training_topic t WHERE t.id = ? AND t.programme_id = ?
                RETURNING id""")
                .params(registrationId, askerName, body, ip, topicId, programmeId).query(Long.class).single();
    }

    /** The published questions of a topic, most upvoted first, then the latest answers. */
    public List<Ask> published(long topicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM
                        + " WHERE a.topic_id = ? AND a.published ORDER BY a.upvotes DESC, a.answered_at DESC, a.id DESC LIMIT 500")
                .param(topicId).query(ASK).list();
    }

    /** Which of these questions the voter has upvoted. */
    public Set<Long> votedBy(String voter, Collection<Long> askIds) {
        if (voter == null || askIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT ask_id FROM training_ask_vote WHERE voter = ? AND ask_id = ANY (?)")
                .params(voter, askIds.stream().mapToLong(Long::longValue).toArray()).query(Long.class).list());
    }

    /** One upvote per voter on a published question of the programme; the count moves by the same delta. */
    @Transactional
    public VoteResult upvote(long programmeId, long askId, String voter) {
        int inserted = jdbc.sql("""
                INSERT INTO training_ask_vote (ask_id, voter)
                SELECT a.id, ? FROM training_ask a WHERE a.id = ? AND a.programme_id = ? AND a.published
                ON CONFLICT (ask_id, voter) DO NOTHING""").params(voter, askId, programmeId).update();
        if (inserted == 1) {
            int n = jdbc.sql("UPDATE training_ask SET upvotes = upvotes + 1 WHERE id = ? RETURNING upvotes").param(askId)
                    .query(Integer.class).single();
            return new VoteResult(Vote.COUNTED, n);
        }
        Optional<Integer> current = jdbc.sql("SELECT upvotes FROM training_ask WHERE id = ? AND programme_id = ? AND published")
                .params(askId, programmeId).query(Integer.class).optional();
        return current.map(n -> new VoteResult(Vote.ALREADY_VOTED, n)).orElse(new VoteResult(Vote.NOT_FOUND, 0));
    }

    /** Counts per topic of a programme (a null topic id: questions not yet placed). */
    public Map<Long, AskCounts> counts(long programmeId) {
        Map<Long, AskCounts> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT topic_id, count(*) FILTER (WHERE status <> 'REJECTED'), count(*) FILTER (WHERE status = 'PENDING'),
                       count(*) FILTER (WHERE status = 'APPROVED'), count(*) FILTER (WHERE status = 'REJECTED'),
                       count(*) FILTER (WHERE status <> 'REJECTED' AND answered_at IS NOT NULL), count(*) FILTER (WHERE published)
                  FROM training_ask WHERE programme_id = ? GROUP BY topic_id""")
                .param(programmeId)
                .query((rs, i) -> {
                    Long topic = (Long) rs.getObject(1, Long.class);
                    return out.put(topic, new AskCounts(topic, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7)));
                }).list();
        return out;
    }

    // ---- organisers

    public Optional<Ask> find(long programmeId, long askId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE a.programme_id = ? AND a.id = ?").params(programmeId, askId)
                .query(ASK).optional();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long programmeId, Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE a.programme_id = ?");
        List<Object> params = new ArrayList<>(List.of(programmeId));
        if (f.noTopic()) {
            sql.append(" AND a.topic_id IS NULL");
        } else if (f.topicId() != null) {
            sql.append(" AND a.topic_id = ?");
            params.add(f.topicId());
        }
        if (f.status() != null) {
            sql.append(" AND a.status = ?");
            params.add(f.status().name());
        }
        if (f.source() != null) {
            sql.append(" AND a.source = ?");
            params.add(f.source().name());
        }
        if (f.answered() != null) {
            sql.append(f.answered() ? " AND a.answered_at IS NOT NULL" : " AND a.answered_at IS NULL");
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND document_fold(a.body || ' ' || a.asker_name) LIKE '%' || document_fold(?) || '%'");
            params.add(f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return new Where(sql.toString(), params);
    }

    public long count(long programmeId, Filter f) {
        Where w = where(programmeId, f);
        return jdbc.sql("SELECT count(*) FROM training_ask a" + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** A page of the list: pending first, then the newest. */
    public List<Ask> page(long programmeId, Filter f, long offset, int limit) {
        Where w = where(programmeId, f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + w.sql()
                        + " ORDER BY (a.status = 'PENDING') DESC, a.created_at DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(params).query(ASK).list();
    }

    /** Questions assigned to each speaker of the programme: speaker id → count (rejected ones left out). */
    public Map<Long, Long> assignedPerSpeaker(long programmeId) {
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT speaker_id, count(*) FROM training_ask WHERE programme_id = ? AND speaker_id IS NOT NULL AND status <> 'REJECTED' GROUP BY speaker_id")
                .param(programmeId).query((rs, i) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    @Transactional
    public Ask approve(long programmeId, long askId) {
        return change(programmeId, askId, "training.ask-approved", "UPDATE training_ask SET status = 'APPROVED', updated_at = now() WHERE id = ?",
                List.of());
    }

    /** Rejecting also takes the question off the topic page. */
    @Transactional
    public Ask reject(long programmeId, long askId) {
        return change(programmeId, askId, "training.ask-rejected",
                "UPDATE training_ask SET status = 'REJECTED', published = false, updated_at = now() WHERE id = ?", List.of());
    }

    /** Approves every pending question among {@code ids} of the programme; returns how many were approved. */
    @Transactional
    public int approveAll(long programmeId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> done = jdbc.sql("""
                UPDATE training_ask SET status = 'APPROVED', updated_at = now()
                 WHERE programme_id = ? AND id = ANY (?) AND status = 'PENDING' RETURNING id""")
                .params(programmeId, ids.stream().mapToLong(Long::longValue).toArray()).query(Long.class).list();
        for (long id : done) {
            audit.record("training.ask-approved", "training_ask", String.valueOf(id), Map.of("status", "PENDING"),
                    Map.of("status", "APPROVED", "bulk", true));
        }
        return done.size();
    }

    /**
     * Moves a question to another topic of the programme (null: no topic). An assigned speaker who does not speak on
     * the new topic is unassigned.
     */
    @Transactional
    public Ask move(long programmeId, long askId, Long topicId) {
        if (topicId != null && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_topic WHERE id = ? AND programme_id = ?)")
                .params(topicId, programmeId).query(Boolean.class).single()) {
            throw new UserInputException(400, "Chuyên đề này không thuộc chương trình.");
        }
        return change(programmeId, askId, "training.ask-moved", """
                UPDATE training_ask a SET topic_id = ?::bigint, updated_at = now(),
                  speaker_id = CASE WHEN EXISTS (SELECT 1 FROM training_topic_speaker ts WHERE ts.topic_id = ?::bigint AND ts.speaker_id = a.speaker_id)
                                    THEN a.speaker_id END
                 WHERE a.id = ?""", listOf(topicId, topicId));
    }

    /** Assigns the question to a speaker of its topic (null: nobody). */
    @Transactional
    public Ask assign(long programmeId, long askId, Long speakerId) {
        Ask before = lock(programmeId, askId);
        if (speakerId != null) {
            if (before.topicId() == null) {
                throw new UserInputException(409, "Hãy chọn chuyên đề cho câu hỏi trước khi giao cho báo cáo viên.");
            }
            if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_topic_speaker WHERE topic_id = ? AND speaker_id = ?)")
                    .params(before.topicId(), speakerId).query(Boolean.class).single()) {
                throw new UserInputException(400, "Báo cáo viên này không trình bày chuyên đề của câu hỏi.");
            }
        }
        return change(programmeId, askId, "training.ask-assigned", "UPDATE training_ask SET speaker_id = ?::bigint, updated_at = now() WHERE id = ?",
                listOf(speakerId));
    }

    /**
     * Saves the written answer (sanitised by {@link SafeHtml}); an answer with no text removes it and takes the
     * question off the topic page. The first answer's time is kept as the answer time.
     */
    @Transactional
    public Ask answer(long programmeId, long askId, String html, String username) {
        String clean = SafeHtml.sanitize(html == null ? "" : html);
        if (clean.length() > Ask.MAX_ANSWER) {
            throw new UserInputException(400, "Câu trả lời dài tối đa " + Ask.MAX_ANSWER / 1000 + ".000 ký tự.");
        }
        if (SafeHtml.plainText(clean).isBlank()) {
            return change(programmeId, askId, "training.ask-answered", """
                    UPDATE training_ask SET answer_html = '', answered_at = NULL, answered_by = NULL, published = false, updated_at = now()
                     WHERE id = ?""", List.of());
        }
        return change(programmeId, askId, "training.ask-answered", """
                UPDATE training_ask SET answer_html = ?, answered_at = coalesce(answered_at, now()), answered_by = ?, updated_at = now()
                 WHERE id = ?""", List.of(clean, username == null ? "" : username));
    }

    /** Publishes on the topic page: only an approved question with an answer (409 otherwise). */
    @Transactional
    public Ask publish(long programmeId, long askId) {
        Ask before = lock(programmeId, askId);
        if (!before.publishable()) {
            throw new UserInputException(409, before.status() != AskStatus.APPROVED
                    ? "Chỉ công bố được câu hỏi đã duyệt. Hãy duyệt câu hỏi trước."
                    : "Chỉ công bố được câu hỏi đã có câu trả lời. Hãy viết câu trả lời trước.");
        }
        return change(programmeId, askId, "training.ask-published", "UPDATE training_ask SET published = true, updated_at = now() WHERE id = ?",
                List.of());
    }

    @Transactional
    public Ask unpublish(long programmeId, long askId) {
        return change(programmeId, askId, "training.ask-unpublished", "UPDATE training_ask SET published = false, updated_at = now() WHERE id = ?",
                List.of());
    }

    private Ask lock(long programmeId, long askId) {
        Optional<Long> id = jdbc.sql("SELECT id FROM training_ask WHERE id = ? AND programme_id = ? FOR UPDATE").params(askId, programmeId)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw new vn.ntm.portal.web.NotFoundException("Không tìm thấy câu hỏi này.");
        }
        return find(programmeId, askId).orElseThrow();
    }

    /** Locks the row, runs the update (its last parameter is the id), audits before → after. */
    private Ask change(long programmeId, long askId, String action, String sql, List<Object> params) {
        Ask before = lock(programmeId, askId);
        List<Object> all = new ArrayList<>(params);
        all.add(askId);
        jdbc.sql(sql).params(all).update();
        Ask after = find(programmeId, askId).orElseThrow();
        audit.record(action, "training_ask", String.valueOf(askId), snapshot(before), snapshot(after));
        return after;
    }

    private static List<Object> listOf(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }

    private static Map<String, Object> snapshot(Ask a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().name());
        m.put("topicId", a.topicId());
        m.put("speakerId", a.speakerId());
        m.put("published", a.published());
        m.put("answerHtml", a.answerHtml());
        m.put("body", a.body());
        return m;
    }
}
