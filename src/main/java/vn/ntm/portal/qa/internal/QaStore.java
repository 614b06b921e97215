package vn.ntm.portal.qa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.qa.domain.Note;
import vn.ntm.portal.qa.domain.QaStatus;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.Topic;
import vn.ntm.portal.shared.Paging;

/** SQL for questions, notes and topics. */
@Component
public class QaStore {

    static final String COLUMNS = """
            q.id, q.tracking_code, q.topic_id, t.name, q.asker_name, q.email, q.phone, q.address, q.title, q.slug,
            q.content, q.attachment_id, q.attachment_name, q.consent_at, q.consent_version, q.status, q.received_at,
            q.received_on, q.due_on, q.handler_id, q.forwarded_to, q.answer_draft, q.drafted_by, q.answer,
            q.answered_at, q.approved_by, q.published""";
    private static final String FROM = " FROM qa_question q JOIN qa_topic t ON t.id = q.topic_id";

    /** Staff list filters; null means "any". {@code handlerId} 0 means "nobody assigned". */
    public record Filter(QaStatus status, Long topicId, Long handlerId, boolean dueSoon, boolean overdue) {
    }

    private final JdbcClient jdbc;

    QaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Question> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE q.id = ?").param(id).query(QaStore::question).optional();
    }

    Optional<Question> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE q.id = ? FOR UPDATE OF q").param(id).query(QaStore::question).optional();
    }

    public Optional<Question> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE q.tracking_code = ?").param(code).query(QaStore::question).optional();
    }

    public Optional<Question> published(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE q.id = ? AND q.published").param(id).query(QaStore::question).optional();
    }

    /** The staff list, open questions by due date first, then the rest newest first. */
    public Paging<Question> list(Filter f, LocalDate today, LocalDate dueSoonUntil, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (f.status() != null) {
            where.append(" AND q.status = ?");
            params.add(f.status().name());
        }
        if (f.topicId() != null) {
            where.append(" AND q.topic_id = ?");
            params.add(f.topicId());
        }
        if (f.handlerId() != null) {
            if (f.handlerId() == 0) {
                where.append(" AND q.handler_id IS NULL");
            } else {
                where.append(" AND q.handler_id = ?");
                params.add(f.handlerId());
            }
        }
        if (f.overdue()) {
            where.append(" AND q.status IN ('RECEIVED', 'IN_PROGRESS') AND q.due_on < ?");
            params.add(today);
        }
        if (f.dueSoon()) {
            where.append(" AND q.status IN ('RECEIVED', 'IN_PROGRESS') AND q.due_on >= ? AND q.due_on <= ?");
            params.add(today);
            params.add(dueSoonUntil);
        }
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add(Paging.offset(page, size));
        List<Question> items = jdbc.sql("SELECT " + COLUMNS + FROM + where
                        + " ORDER BY (q.status IN ('RECEIVED', 'IN_PROGRESS')) DESC,"
                        + " CASE WHEN q.status IN ('RECEIVED', 'IN_PROGRESS') THEN q.due_on END, q.received_at DESC, q.id DESC"
                        + " LIMIT ? OFFSET ?")
                .params(pageParams).query(QaStore::question).list();
        return new Paging<>(items, page, size, total);
    }

    /** Published questions, newest answers first; {@code words} (folded, may be empty) must all occur. */
    public Paging<Question> faq(Long topicId, String words, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE q.published");
        List<Object> params = new ArrayList<>();
        if (topicId != null) {
            where.append(" AND q.topic_id = ?");
            params.add(topicId);
        }
        for (String word : words.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            where.append(" AND unaccent(lower(q.title || ' ' || q.content || ' ' || coalesce(q.answer, ''))) LIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add(Paging.offset(page, size));
        List<Question> items = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY q.answered_at DESC, q.id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(QaStore::question).list();
        return new Paging<>(items, page, size, total);
    }

    public long countOpenDue(LocalDate from, LocalDate until) {
        return jdbc.sql("SELECT count(*) FROM qa_question WHERE status IN ('RECEIVED', 'IN_PROGRESS') AND due_on >= ? AND due_on <= ?")
                .params(from, until).query(Long.class).single();
    }

    public long countOverdue(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM qa_question WHERE status IN ('RECEIVED', 'IN_PROGRESS') AND due_on < ?")
                .param(today).query(Long.class).single();
    }

    public List<Note> notes(long questionId) {
        return jdbc.sql("SELECT id, author, body, created_at FROM qa_note WHERE question_id = ? ORDER BY created_at, id")
                .param(questionId)
                .query((rs, i) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public List<Topic> topics() {
        return jdbc.sql("SELECT id, name, slug, position FROM qa_topic ORDER BY position, name")
                .query((rs, i) -> new Topic(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    public Optional<Topic> topic(long id) {
        return topics().stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Topic> topicBySlug(String slug) {
        return topics().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Published questions per topic id, for the FAQ's topic list. */
    public java.util.Map<Long, Long> publishedPerTopic() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT topic_id, count(*) FROM qa_question WHERE published GROUP BY topic_id")
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    static Question question(ResultSet rs, int row) throws SQLException {
        long handler = rs.getLong(20);
        long attachment = rs.getLong(12);
        Long attachmentId = rs.wasNull() ? null : attachment;
        Long handlerId = rs.wasNull() ? null : handler;
        return new Question(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), attachmentId,
                rs.getString(13), instant(rs.getTimestamp(14)), rs.getString(15), QaStatus.valueOf(rs.getString(16)),
                instant(rs.getTimestamp(17)), rs.getDate(18).toLocalDate(), rs.getDate(19).toLocalDate(), handlerId,
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24), instant(rs.getTimestamp(25)),
                rs.getString(26), rs.getBoolean(27));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
