package vn.ntm.portal.documents.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.uploads.StoredFile;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Changes to drafts for public comment: the draft with its fields and files (files stored through the registry's
 * upload path first, so a refused file writes no draft), state changes, the citizens' comments (the window checked
 * inside the INSERT) and their moderation. Every back-office change is audited.
 */
@Service
public class DraftRegistry {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DraftStore store;
    private final DocumentStore documents;
    private final DocumentRegistry registry;
    private final AuditApi audit;

    DraftRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, DraftStore store, DocumentStore documents,
                  DocumentRegistry registry, AuditApi audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.documents = documents;
        this.registry = registry;
        this.audit = audit;
    }

    public long create(DraftInput in, List<DocumentRegistry.Upload> files, String user) {
        List<StoredFile> stored = registry.store(files, user);
        return tx.execute(status -> {
            long id = jdbc.sql("""
                    INSERT INTO document_draft (slug, number_symbol, type_id, title, abstract, full_text, drafting_body, examining_body,
                        comment_opens_at, comment_closes_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(slug(in), in.numberSymbol(), in.typeId(), in.title(), in.abstractText(), in.fullText(), in.draftingBody(),
                            in.examiningBody(), Timestamp.from(in.window().opens()), Timestamp.from(in.window().closes()))
                    .query(Long.class).single();
            writeFields(id, in.fieldIds());
            Map<String, Object> after = new LinkedHashMap<>(in.snapshot());
            after.put("state", DraftState.PREPARING.name());
            after.put("fileIds", link(id, stored));
            audit.record("draft.created", "document_draft", String.valueOf(id), null, after);
            return id;
        });
    }

    public void update(long id, DraftInput in, List<DocumentRegistry.Upload> files, String user) {
        Map<String, Object> before = snapshot(id);
        List<StoredFile> stored = registry.store(files, user);
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE document_draft SET slug = ?, number_symbol = ?, type_id = ?, title = ?, abstract = ?, full_text = ?,
                        drafting_body = ?, examining_body = ?, comment_opens_at = ?, comment_closes_at = ?, updated_at = now()
                     WHERE id = ?""")
                    .params(slug(in), in.numberSymbol(), in.typeId(), in.title(), in.abstractText(), in.fullText(), in.draftingBody(),
                            in.examiningBody(), Timestamp.from(in.window().opens()), Timestamp.from(in.window().closes()), id)
                    .update();
            jdbc.sql("DELETE FROM document_draft_field WHERE draft_id = ?").param(id).update();
            writeFields(id, in.fieldIds());
            link(id, stored);
            audit.record("draft.updated", "document_draft", String.valueOf(id), before, snapshot(id));
        });
    }

    /**
     * Moves a draft to {@code next} (only along {@link DraftState#next()}); an adopted draft may name the issued
     * document by its number/symbol (optional). Refused with a Vietnamese message (400 or 409).
     */
    public void changeState(long id, DraftState next, String adoptedNumber) {
        DocumentDraft d = existing(id);
        if (!d.state().next().contains(next)) {
            throw new UserInputException(409, "Không thể chuyển dự thảo từ trạng thái \"" + d.state().label() + "\" sang \""
                    + next.label() + "\".");
        }
        Long adopted = null;
        if (next == DraftState.ADOPTED && adoptedNumber != null && !adoptedNumber.isBlank()) {
            List<LegalDocument> found = documents.byNumber(adoptedNumber);
            if (found.size() != 1) {
                throw new UserInputException(400, found.isEmpty()
                        ? "Không tìm thấy văn bản có số ký hiệu \"" + adoptedNumber.strip() + "\" trong hệ thống văn bản."
                        : "Có nhiều văn bản cùng số ký hiệu \"" + adoptedNumber.strip() + "\".");
            }
            adopted = found.get(0).id();
        }
        Long adoptedId = adopted;
        tx.executeWithoutResult(status -> {
            int changed = jdbc.sql("UPDATE document_draft SET state = ?, adopted_document_id = ?, updated_at = now() WHERE id = ? AND state = ?")
                    .params(next.name(), adoptedId, id, d.state().name()).update();
            if (changed == 0) {
                throw new UserInputException(409, "Dự thảo vừa được người khác đổi trạng thái; hãy tải lại trang.");
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", next.name());
            after.put("adoptedDocumentId", adoptedId);
            audit.record("draft.state-changed", "document_draft", String.valueOf(id),
                    Map.of("state", d.state().name()), after);
        });
    }

    public void removeFile(long id, long fileId) {
        DocumentFile file = store.file(id, fileId).orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm này."));
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM document_draft_file WHERE draft_id = ? AND file_id = ?").params(id, fileId).update();
            audit.record("draft.file-removed", "document_draft", String.valueOf(id), Map.of("fileId", fileId, "name", file.name()), null);
        });
    }

    /**
     * Saves a citizen's comment as pending, only if at this moment the draft is published and inside its window:
     * the condition is part of the INSERT, so a comment cannot slip in after closing. Refused otherwise with the
     * phase's Vietnamese message (409) and nothing stored.
     */
    public long comment(long draftId, NewComment c) {
        return tx.execute(status -> {
            List<Long> ids = jdbc.sql("""
                    INSERT INTO document_draft_comment (draft_id, author_name, email, phone, organisation, content, attachment_file_id,
                        consent_at, consent_version, client_ip)
                    SELECT d.id, ?, ?, ?, ?, ?, ?, now(), ?, ?
                      FROM document_draft d
                     WHERE d.id = ? AND d.state = 'PUBLISHED' AND now() >= d.comment_opens_at AND now() < d.comment_closes_at
                    RETURNING id""")
                    .params(c.authorName(), c.email(), c.phone(), c.organisation(), c.content(), c.attachmentFileId(),
                            c.consentVersion(), c.clientIp(), draftId)
                    .query(Long.class).list();
            if (ids.isEmpty()) {
                DocumentDraft d = store.find(draftId).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
                CommentPhase phase = d.phaseAt(java.time.Instant.now());
                throw new UserInputException(409, phase.refusal() == null ? CommentPhase.ENDED.refusal() : phase.refusal());
            }
            return ids.get(0);
        });
    }

    /** Publishes a comment (pending or rejected), audited. */
    public void publish(long draftId, long commentId, String user) {
        moderate(draftId, commentId, DraftComment.Status.PUBLISHED, null, user);
    }

    /** Rejects a comment with a reason (required), audited. */
    public void reject(long draftId, long commentId, String reason, String user) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new UserInputException(400, "Cần nhập lý do từ chối (tối đa 500 ký tự).");
        }
        moderate(draftId, commentId, DraftComment.Status.REJECTED, reason.strip(), user);
    }

    private void moderate(long draftId, long commentId, DraftComment.Status to, String reason, String user) {
        DraftComment c = store.comment(draftId, commentId).orElseThrow(() -> new NotFoundException("Không tìm thấy ý kiến này."));
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE document_draft_comment SET status = ?, reject_reason = ?, moderated_at = now(), moderated_by = ?
                     WHERE id = ? AND draft_id = ?""")
                    .params(to.name(), reason, user, commentId, draftId).update();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("commentId", commentId);
            after.put("status", to.name());
            after.put("reason", reason);
            audit.record(to == DraftComment.Status.PUBLISHED ? "draft.comment-published" : "draft.comment-rejected", "document_draft",
                    String.valueOf(draftId), Map.of("commentId", commentId, "status", c.status().name()), after);
        });
    }

    private List<Long> link(long id, List<StoredFile> files) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM document_draft_file WHERE draft_id = ?").param(id)
                .query(Integer.class).single();
        List<Long> ids = new ArrayList<>();
        for (StoredFile f : files) {
            position += 10;
            jdbc.sql("INSERT INTO document_draft_file (draft_id, file_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, f.id(), position).update();
            ids.add(f.id());
        }
        return ids;
    }

    private void writeFields(long id, List<Long> fieldIds) {
        for (Long f : fieldIds) {
            jdbc.sql("INSERT INTO document_draft_field (draft_id, field_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(id, f).update();
        }
    }

    private DocumentDraft existing(long id) {
        return store.findAny(id).orElseThrow(() -> new NotFoundException("Không tìm thấy dự thảo này."));
    }

    Map<String, Object> snapshot(long id) {
        DocumentDraft d = existing(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numberSymbol", d.numberSymbol());
        m.put("typeId", d.typeId());
        m.put("title", d.title());
        m.put("abstract", d.abstractText());
        m.put("draftingBody", d.draftingBody());
        m.put("examiningBody", d.examiningBody());
        m.put("opensAt", d.window().opens().toString());
        m.put("closesAt", d.window().closes().toString());
        m.put("state", d.state().name());
        m.put("fieldIds", store.fieldsOf(id).stream().map(DocumentField::id).toList());
        m.put("fileIds", store.files(id).stream().map(DocumentFile::fileId).toList());
        return m;
    }

    private static String slug(DraftInput in) {
        String[] words = in.title().split("\\s+");
        String s = VietnameseText.slug("du thao " + String.join(" ", Arrays.copyOf(words, Math.min(10, words.length))));
        return s.isEmpty() ? "du-thao" : s;
    }
}
