package vn.ntm.portal.qa.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.qa.domain.NewQuestion;
import vn.ntm.portal.qa.domain.QaStatus;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.TrackingCodes;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Files questions and carries out the staff's steps, each in one transaction with its audit entry.
 * Refusals are {@link UserInputException}s (409 for a step the status does not allow).
 */
@Service
public class QaService {

    /** Version of the consent text shown on the form; stored with each question. */
    public static final String CONSENT_VERSION = "ND13-2023-v1";

    private final JdbcClient jdbc;
    private final QaStore store;
    private final HolidayCalendar calendar;
    private final AuditApi audit;
    private final TransactionTemplate tx;

    QaService(JdbcClient jdbc, QaStore store, HolidayCalendar calendar, AuditApi audit, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores a checked question with a fresh tracking code and its due date; returns it as stored. */
    public Question submit(NewQuestion q, String ip) {
        LocalDate today = HolidayCalendar.today();
        LocalDate due = calendar.workingDays().dueDate(today);
        for (int attempt = 0; ; attempt++) {
            String code = TrackingCodes.generate(today.getYear());
            try {
                return tx.execute(status -> {
                    long id = jdbc.sql("""
                                    INSERT INTO qa_question (tracking_code, topic_id, asker_name, email, phone, address, title, slug,
                                      content, attachment_id, attachment_name, consent_at, consent_version, submitter_ip,
                                      received_on, due_on)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?::inet, ?, ?) RETURNING id""")
                            .params(code, q.topicId(), q.askerName(), q.email(), q.phone(), q.address(), q.title(),
                                    VietnameseText.slug(q.title()), q.content(), q.attachmentId(), q.attachmentName(),
                                    CONSENT_VERSION, ip, today, due)
                            .query(Long.class).single();
                    audit.record("qa.submitted", "qa_question", String.valueOf(id), null,
                            Map.of("code", code, "topicId", q.topicId(), "due", due.toString()));
                    return store.find(id).orElseThrow();
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** Audits that a staff member opened a question's private attachment (personal data). */
    public void attachmentOpened(Question q, long fileId, String fileName) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("code", q.trackingCode());
        what.put("fileId", fileId);
        what.put("fileName", fileName);
        audit.record("qa.attachment-downloaded", "qa_question", String.valueOf(q.id()), null, what);
    }

    public Question assign(long id, Long handlerId, String handlerName) {
        return step(id, "qa.assigned", q -> {
            requireOpen(q);
            jdbc.sql("UPDATE qa_question SET handler_id = ?, status = CASE WHEN status = 'RECEIVED' THEN 'IN_PROGRESS' ELSE status END,"
                    + " updated_at = now() WHERE id = ?").params(handlerId, id).update();
            return snapshot("handler", handlerName == null ? "" : handlerName);
        }, q -> snapshot("handler", q.handlerId() == null ? "" : String.valueOf(q.handlerId())));
    }

    public Question addNote(long id, String author, String body) {
        return step(id, "qa.note-added", q -> {
            jdbc.sql("INSERT INTO qa_note (question_id, author, body) VALUES (?, ?, ?)").params(id, author, body).update();
            return snapshot("note", body);
        }, q -> null);
    }

    public Question saveDraft(long id, String author, String draft) {
        return step(id, "qa.draft-saved", q -> {
            requireOpen(q);
            jdbc.sql("UPDATE qa_question SET answer_draft = ?, drafted_by = ?,"
                    + " status = CASE WHEN status = 'RECEIVED' THEN 'IN_PROGRESS' ELSE status END, updated_at = now() WHERE id = ?")
                    .params(draft, author, id).update();
            return snapshot("draft", draft);
        }, q -> snapshot("draft", q.answerDraft() == null ? "" : q.answerDraft()));
    }

    /** Makes the draft the answer: from then on it shows on the tracking page. */
    public Question approve(long id, String approver) {
        return step(id, "qa.approved", q -> {
            if (!q.status().mayMoveTo(QaStatus.ANSWERED)) {
                throw new UserInputException(409, "Câu hỏi ở trạng thái \"" + q.status().label() + "\" không thể duyệt câu trả lời.");
            }
            if (q.answerDraft() == null || q.answerDraft().isBlank()) {
                throw new UserInputException(409, "Chưa có dự thảo câu trả lời để duyệt.");
            }
            jdbc.sql("UPDATE qa_question SET answer = answer_draft, status = 'ANSWERED', answered_at = now(), approved_by = ?,"
                    + " updated_at = now() WHERE id = ?").params(approver, id).update();
            return snapshot("answer", q.answerDraft());
        }, q -> snapshot("status", q.status().name()));
    }

    public Question forward(long id, String body) {
        return step(id, "qa.forwarded", q -> {
            if (!q.status().mayMoveTo(QaStatus.FORWARDED)) {
                throw new UserInputException(409, "Câu hỏi ở trạng thái \"" + q.status().label() + "\" không thể chuyển cơ quan khác.");
            }
            jdbc.sql("UPDATE qa_question SET status = 'FORWARDED', forwarded_to = ?, updated_at = now() WHERE id = ?")
                    .params(body, id).update();
            return snapshot("forwardedTo", body);
        }, q -> snapshot("status", q.status().name()));
    }

    public Question setPublished(long id, boolean published) {
        return step(id, published ? "qa.published" : "qa.unpublished", q -> {
            if (published && q.status() != QaStatus.ANSWERED) {
                throw new UserInputException(409, "Chỉ câu hỏi đã có câu trả lời được duyệt mới được đăng công khai.");
            }
            jdbc.sql("UPDATE qa_question SET published = ?, updated_at = now() WHERE id = ?").params(published, id).update();
            return snapshot("published", published);
        }, q -> snapshot("published", q.published()));
    }

    public void createTopic(String name) {
        tx.executeWithoutResult(s -> {
            int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM qa_topic").query(Integer.class).single();
            long id = insertTopic(name, position);
            audit.record("qa-topic.created", "qa_topic", String.valueOf(id), null, snapshot("name", name));
        });
    }

    public void renameTopic(long id, String name, int position) {
        tx.executeWithoutResult(s -> {
            var before = store.topic(id).orElseThrow(() -> new NotFoundException("Không tìm thấy lĩnh vực này."));
            try {
                jdbc.sql("UPDATE qa_topic SET name = ?, slug = ?, position = ? WHERE id = ?")
                        .params(name, VietnameseText.slug(name), position, id).update();
            } catch (DuplicateKeyException e) {
                throw new UserInputException(409, "Đã có lĩnh vực tên \"" + name + "\".");
            }
            audit.record("qa-topic.updated", "qa_topic", String.valueOf(id), snapshot("name", before.name()),
                    snapshot("name", name));
        });
    }

    private long insertTopic(String name, int position) {
        try {
            return jdbc.sql("INSERT INTO qa_topic (name, slug, position) VALUES (?, ?, ?) RETURNING id")
                    .params(name, VietnameseText.slug(name), position).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Đã có lĩnh vực tên \"" + name + "\".");
        }
    }

    private interface Change {
        Object apply(Question locked);
    }

    private interface Before {
        Object of(Question locked);
    }

    /** Locks the question, applies the change and audits it, in one transaction; returns the question after. */
    private Question step(long id, String action, Change change, Before before) {
        return tx.execute(status -> {
            Question q = store.lock(id).orElseThrow(() -> new NotFoundException("Không tìm thấy câu hỏi này."));
            Object was = before.of(q);
            Object after = change.apply(q);
            audit.record(action, "qa_question", String.valueOf(id), was, after);
            return store.find(id).orElseThrow();
        });
    }

    private static void requireOpen(Question q) {
        if (!q.status().open()) {
            throw new UserInputException(409, "Câu hỏi đã ở trạng thái \"" + q.status().label() + "\", không thể thay đổi nữa.");
        }
    }

    private static Map<String, Object> snapshot(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
