package vn.ntm.portal.documents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.uploads.StoredFile;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.UserInputException;

/**
 * Changes to the registry from the back office, each audited with before and after. Attached files are
 * stored (checked by content) before anything is written, then the document and its file links go in one
 * transaction, so a refused file leaves no document and a failed save no link.
 */
@Service
public class DocumentRegistry {

    /** A file as uploaded: its name (metadata only) and how to read its bytes. */
    public interface Upload {
        String name();

        InputStream open() throws IOException;
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DocumentStore store;
    private final UploadsApi uploads;
    private final AuditApi audit;

    DocumentRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, DocumentStore store, UploadsApi uploads,
                     AuditApi audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.uploads = uploads;
        this.audit = audit;
    }

    /** Stores the files (refusing any that is not a document), then the document with its fields and files. */
    public long create(DocumentInput in, List<Upload> files, String user) {
        List<StoredFile> stored = store(files, user);
        Long id = tx.execute(status -> {
            long newId = jdbc.sql("""
                    INSERT INTO legal_document (slug, number_symbol, type_id, title, abstract, full_text, issuing_body,
                        signer_name, signer_position, issued_on, effective_on, expires_on, published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(slug(in), in.numberSymbol(), in.typeId(), in.title(), in.abstractText(), in.fullText(), in.issuingBody(),
                            in.signerName(), in.signerPosition(), Date.valueOf(in.issuedOn()), sqlDate(in), sqlExpiry(in), in.published())
                    .query(Long.class).single();
            writeFields(newId, in.fieldIds());
            Map<String, Object> after = new LinkedHashMap<>(in.snapshot());
            after.put("fileIds", link(newId, stored));
            audit.record("document.created", "legal_document", String.valueOf(newId), null, after);
            return newId;
        });
        return id;
    }

    public void update(long id, DocumentInput in, List<Upload> files, String user) {
        Map<String, Object> before = snapshot(id);
        List<StoredFile> stored = store(files, user);
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE legal_document SET slug = ?, number_symbol = ?, type_id = ?, title = ?, abstract = ?, full_text = ?,
                        issuing_body = ?, signer_name = ?, signer_position = ?, issued_on = ?, effective_on = ?, expires_on = ?,
                        published = ?, updated_at = now() WHERE id = ?""")
                    .params(slug(in), in.numberSymbol(), in.typeId(), in.title(), in.abstractText(), in.fullText(), in.issuingBody(),
                            in.signerName(), in.signerPosition(), Date.valueOf(in.issuedOn()), sqlDate(in), sqlExpiry(in),
                            in.published(), id)
                    .update();
            jdbc.sql("DELETE FROM legal_document_field WHERE document_id = ?").param(id).update();
            writeFields(id, in.fieldIds());
            link(id, stored);
            audit.record("document.updated", "legal_document", String.valueOf(id), before, snapshot(id));
        });
    }

    public void delete(long id) {
        Map<String, Object> before = snapshot(id);
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM legal_document WHERE id = ?").param(id).update();
            audit.record("document.deleted", "legal_document", String.valueOf(id), before, null);
        });
    }

    public void removeFile(long id, long fileId) {
        DocumentFile file = store.file(id, fileId).orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm này."));
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM legal_document_file WHERE document_id = ? AND file_id = ?").params(id, fileId).update();
            audit.record("document.file-removed", "legal_document", String.valueOf(id),
                    Map.of("fileId", fileId, "name", file.name()), null);
        });
    }

    /**
     * Links document {@code id} to the one numbered {@code number}: {@code id} acts on it ({@code kind}).
     * Refused with a Vietnamese message (400, or 409 for a rule of the link graph).
     */
    public void addLink(long id, String number, LinkKind kind) {
        existing(id);
        List<LegalDocument> others = number == null || number.isBlank() ? List.of() : store.byNumber(number);
        if (others.isEmpty()) {
            throw new UserInputException(400, "Không tìm thấy văn bản có số ký hiệu \"" + (number == null ? "" : number.strip()) + "\".");
        }
        if (others.size() > 1) {
            throw new UserInputException(400, "Có nhiều văn bản cùng số ký hiệu \"" + number.strip()
                    + "\"; hãy liên kết từ trang sửa của văn bản kia.");
        }
        long to = others.get(0).id();
        tx.executeWithoutResult(status -> {
            // serialise link changes so two editors cannot close a cycle together
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(4471)").query(Integer.class).single();
            Optional<String> refusal = LinkGraph.refusal(id, to, kind, store.edges());
            if (refusal.isPresent()) {
                throw new UserInputException(409, refusal.get());
            }
            long linkId = jdbc.sql("INSERT INTO legal_document_link (from_id, to_id, kind) VALUES (?, ?, ?) RETURNING id")
                    .params(id, to, kind.name()).query(Long.class).single();
            audit.record("document.link-added", "legal_document", String.valueOf(id), null,
                    Map.of("linkId", linkId, "kind", kind.name(), "toId", to, "toNumber", others.get(0).numberSymbol()));
        });
    }

    public void removeLink(long id, long linkId) {
        DocumentLink link = store.links(id, false).stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy liên kết này."));
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM legal_document_link WHERE id = ?").param(linkId).update();
            audit.record("document.link-removed", "legal_document", String.valueOf(id),
                    Map.of("linkId", linkId, "kind", link.kind().name(), "fromSide", link.fromSide(), "otherId", link.other().id()), null);
        });
    }

    /** Stores each file through {@link UploadsApi#storeDocument} (checked by content); the first refusal stops. */
    List<StoredFile> store(List<Upload> files, String user) {
        List<StoredFile> stored = new ArrayList<>();
        for (Upload f : files) {
            try (InputStream in = f.open()) {
                stored.add(uploads.storeDocument(f.name(), in, user));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private List<Long> link(long id, List<StoredFile> files) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM legal_document_file WHERE document_id = ?").param(id)
                .query(Integer.class).single();
        List<Long> ids = new ArrayList<>();
        for (StoredFile f : files) {
            position += 10;
            jdbc.sql("INSERT INTO legal_document_file (document_id, file_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, f.id(), position).update();
            ids.add(f.id());
        }
        return ids;
    }

    private void writeFields(long id, List<Long> fieldIds) {
        for (Long f : fieldIds) {
            jdbc.sql("INSERT INTO legal_document_field (document_id, field_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(id, f).update();
        }
    }

    private LegalDocument existing(long id) {
        return store.findAny(id).orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản này."));
    }

    /** The stored document as a map, for the audit log. */
    Map<String, Object> snapshot(long id) {
        LegalDocument d = existing(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numberSymbol", d.numberSymbol());
        m.put("typeId", d.typeId());
        m.put("title", d.title());
        m.put("abstract", d.abstractText());
        m.put("issuingBody", d.issuingBody());
        m.put("signerName", d.signerName());
        m.put("signerPosition", d.signerPosition());
        m.put("issuedOn", String.valueOf(d.issuedOn()));
        m.put("effectiveOn", d.effectiveOn() == null ? null : d.effectiveOn().toString());
        m.put("expiresOn", d.expiresOn() == null ? null : d.expiresOn().toString());
        m.put("fieldIds", store.fieldsOf(id).stream().map(DocumentField::id).toList());
        m.put("fileIds", store.files(id).stream().map(DocumentFile::fileId).toList());
        m.put("published", d.published());
        return m;
    }

    private String slug(DocumentInput in) {
        String type = jdbc.sql("SELECT name FROM document_type WHERE id = ?").param(in.typeId()).query(String.class).optional().orElse("");
        String[] words = in.abstractText().split("\\s+");
        String s = VietnameseText.slug(type + " " + in.numberSymbol() + " " + String.join(" ", Arrays.copyOf(words, Math.min(8, words.length))));
        return s.isEmpty() ? "van-ban" : s;
    }

    private static Date sqlDate(DocumentInput in) {
        return in.effectiveOn() == null ? null : Date.valueOf(in.effectiveOn());
    }

    private static Date sqlExpiry(DocumentInput in) {
        return in.expiresOn() == null ? null : Date.valueOf(in.expiresOn());
    }
}
