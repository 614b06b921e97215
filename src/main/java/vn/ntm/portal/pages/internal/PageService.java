package vn.ntm.portal.pages.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.accounts.AccountsApi;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.SafeHtml;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Every change to the static pages: each in one transaction that locks the rows it depends on (the page, its
 * parent), checks the tree rules again under those locks (no cycle, at most two levels, no delete while a child
 * exists), bumps the page's version and writes the audit entry. A refusal changes nothing.
 */
@Service
public class PageService {

    public static final String ENTITY = "static_page";
    static final String SLUG_TAKEN = "Đường dẫn (slug) này đã được dùng cho trang khác; hãy chọn đường dẫn khác.";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditApi audit;
    private final AccountsApi accounts;
    private final PageStore store;

    PageService(JdbcClient jdbc, PlatformTransactionManager transactions, AuditApi audit, AccountsApi accounts, PageStore store) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.accounts = accounts;
        this.store = store;
    }

    /**
     * Checks the form's values for page {@code id} (0 for a new one), adding one Vietnamese message per problem
     * to {@code errors}; returns the input to store (meaningful only when no error was added). The slug is made
     * from the title when empty; the body is sanitised.
     */
    public PageInput check(long id, String title, String slug, String parent, String summary, String body, String position,
                           boolean published, List<String> errors) {
        String t = VietnameseText.nfc(title == null ? "" : title.strip());
        if (t.isEmpty() || t.codePointCount(0, t.length()) > PageInput.TITLE_MAX) {
            errors.add("Tiêu đề không được để trống (tối đa " + PageInput.TITLE_MAX + " ký tự).");
        }
        String s = slug == null || slug.isBlank() ? (t.isEmpty() ? "" : VietnameseText.slug(t)) : slug.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() || !s.isEmpty()) {
            if (!SLUG.matcher(s).matches() || s.length() > PageInput.SLUG_MAX) {
                errors.add("Đường dẫn (slug) chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa "
                        + PageInput.SLUG_MAX + " ký tự).");
            } else if (jdbc.sql("SELECT count(*) FROM static_page WHERE slug = ? AND id <> ?").params(s, id)
                    .query(Long.class).single() > 0) {
                errors.add(SLUG_TAKEN);
            }
        }
        String sum = VietnameseText.nfc(summary == null ? "" : summary.strip());
        if (sum.codePointCount(0, sum.length()) > PageInput.SUMMARY_MAX) {
            errors.add("Tóm tắt dài tối đa " + PageInput.SUMMARY_MAX + " ký tự.");
        }
        String raw = body == null ? "" : body;
        String html = "";
        if (raw.length() > PageInput.BODY_MAX) {
            errors.add("Nội dung dài tối đa " + VietnameseFormat.number(PageInput.BODY_MAX) + " ký tự (tính cả mã định dạng).");
        } else {
            html = VietnameseText.nfc(SafeHtml.sanitize(raw)).strip();
        }
        int pos = 0;
        try {
            pos = Integer.parseInt(position == null || position.isBlank() ? "0" : position.strip());
            if (Math.abs(pos) > PageInput.POSITION_LIMIT) {
                errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
            }
        } catch (NumberFormatException e) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        Long parentId = null;
        if (parent != null && !parent.isBlank()) {
            try {
                parentId = Long.valueOf(parent.strip());
            } catch (NumberFormatException e) {
                errors.add("Trang cha không tồn tại.");
            }
            if (parentId != null) {
                treeProblem(id, parentId).ifPresent(errors::add);
            }
        }
        return new PageInput(t, s, parentId, sum, html, pos, published);
    }

    /** Creates a page; returns its id. */
    public long create(PageInput input) {
        String actor = actor();
        return guarded(() -> tx.execute(status -> {
            lockParent(0, input.parentId());
            long id = jdbc.sql("""
                    INSERT INTO static_page (slug, title, summary, body_html, parent_id, position, published, created_by, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(input.slug(), input.title(), input.summary(), input.bodyHtml(), input.parentId(), input.position(),
                            input.published(), actor, actor)
                    .query(Long.class).single();
            audit.record("page.created", ENTITY, String.valueOf(id), null, input.snapshot(0));
            return id;
        }));
    }

    /** Saves the form opened on {@code expectedVersion}; a newer version in the database is a {@link StalePage}. */
    public void update(long id, int expectedVersion, PageInput input) {
        String actor = actor();
        guarded(() -> tx.execute(status -> {
            StaticPage before = lock(id);
            if (before.version() != expectedVersion) {
                throw new StalePage(before.version(), "Trang \"" + before.title() + "\" vừa được " + before.updatedBy()
                        + " sửa sau khi bạn mở biểu mẫu. Nội dung bạn nhập vẫn còn trong biểu mẫu dưới đây: hãy xem bản hiện tại "
                        + "trên trang công khai hoặc mở lại trang sửa ở thẻ khác, rồi bấm \"Lưu\" lần nữa để ghi đè bằng nội dung của bạn.");
            }
            lockParent(id, input.parentId());
            jdbc.sql("""
                    UPDATE static_page SET slug = ?, title = ?, summary = ?, body_html = ?, parent_id = ?, position = ?,
                           published = ?, version = version + 1, updated_at = now(), updated_by = ? WHERE id = ?""")
                    .params(input.slug(), input.title(), input.summary(), input.bodyHtml(), input.parentId(), input.position(),
                            input.published(), actor, id)
                    .update();
            audit.record("page.updated", ENTITY, String.valueOf(id), before.snapshot(), input.snapshot(before.version() + 1));
            return null;
        }));
    }

    /** Publishes or unpublishes; does nothing (and records nothing) when already so. */
    public void setPublished(long id, boolean published) {
        String actor = actor();
        guarded(() -> tx.execute(status -> {
            StaticPage before = lock(id);
            if (before.published() == published) {
                return null;
            }
            jdbc.sql("UPDATE static_page SET published = ?, version = version + 1, updated_at = now(), updated_by = ? WHERE id = ?")
                    .params(published, actor, id).update();
            if (published) {
                audit.record("page.published", ENTITY, String.valueOf(id), Map.of("published", false), Map.of("published", true));
            } else {
                audit.record("page.unpublished", ENTITY, String.valueOf(id), Map.of("published", true), Map.of("published", false));
            }
            return null;
        }));
    }

    /**
     * Moves a page one place up ({@code -1}) or down ({@code 1}) among its siblings: the siblings are numbered
     * 10, 20, 30… in their new order (so equal positions cannot block a move); the pages whose position changed get
     * a new version. Returns false when it is already first or last.
     */
    public boolean move(long id, int direction) {
        String actor = actor();
        return Boolean.TRUE.equals(guarded(() -> tx.execute(status -> {
            StaticPage page = lock(id);
            List<Long> siblings = jdbc.sql(page.parentId() == null
                            ? "SELECT id FROM static_page WHERE parent_id IS NULL ORDER BY position, id FOR UPDATE"
                            : "SELECT id FROM static_page WHERE parent_id = ? ORDER BY position, id FOR UPDATE")
                    .params(page.parentId() == null ? new Object[0] : new Object[] {page.parentId()})
                    .query(Long.class).list();
            List<Long> order = new ArrayList<>(siblings);
            int at = order.indexOf(id);
            int to = at + direction;
            if (at < 0 || to < 0 || to >= order.size()) {
                return false;
            }
            order.set(at, order.get(to));
            order.set(to, id);
            for (int i = 0; i < order.size(); i++) {
                jdbc.sql("""
                        UPDATE static_page SET position = ?, version = version + 1, updated_at = now(), updated_by = ?
                         WHERE id = ? AND position <> ?""")
                        .params((i + 1) * 10, actor, order.get(i), (i + 1) * 10).update();
            }
            audit.record("page.moved", ENTITY, String.valueOf(id), Map.of("position", page.position()),
                    Map.of("position", (to + 1) * 10, "direction", direction < 0 ? "up" : "down"));
            return true;
        })));
    }

    /** Deletes a page that has no child. */
    public void delete(long id) {
        guarded(() -> tx.execute(status -> {
            StaticPage before = lock(id);
            long children = jdbc.sql("SELECT count(*) FROM static_page WHERE parent_id = ?").param(id).query(Long.class).single();
            if (children > 0) {
                throw new PageRefusal(409, "Không thể xóa trang \"" + before.title() + "\" vì còn " + children
                        + " trang con. Hãy xóa hoặc chuyển các trang con sang trang cha khác trước.");
            }
            jdbc.sql("DELETE FROM static_page WHERE id = ?").param(id).update();
            audit.record("page.deleted", ENTITY, String.valueOf(id), before.snapshot(), null);
            return null;
        }));
    }

    /** Why {@code parentId} cannot be the parent of page {@code id} (0 for a new page), read without locks. */
    private Optional<String> treeProblem(long id, long parentId) {
        if (parentId == id) {
            return Optional.of("Không thể chọn chính trang này làm trang cha.");
        }
        Optional<StaticPage> parent = store.byId(parentId);
        if (parent.isEmpty()) {
            return Optional.of("Trang cha không tồn tại.");
        }
        if (parent.get().parentId() != null) {
            return Optional.of(parent.get().parentId() == id
                    ? "Không thể chọn một trang con của chính trang này làm trang cha."
                    : "Trang cha phải là trang cấp trên cùng: cây trang chỉ có hai cấp.");
        }
        if (id != 0 && jdbc.sql("SELECT count(*) FROM static_page WHERE parent_id = ?").param(id).query(Long.class).single() > 0) {
            return Optional.of("Trang này đang có trang con nên không thể đặt vào dưới trang khác (cây trang chỉ có hai cấp).");
        }
        return Optional.empty();
    }

    /** Locks the parent row and checks the tree rules again under the lock (another editor may have moved it). */
    private void lockParent(long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        Optional<Long> locked = jdbc.sql("SELECT id FROM static_page WHERE id = ? FOR UPDATE").param(parentId).query(Long.class).optional();
        if (locked.isEmpty()) {
            throw new PageRefusal(400, "Trang cha không tồn tại.");
        }
        treeProblem(id, parentId).ifPresent(problem -> {
            throw new PageRefusal(400, problem);
        });
    }

    private StaticPage lock(long id) {
        jdbc.sql("SELECT id FROM static_page WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .orElseThrow(() -> new PageRefusal(404, "Không tìm thấy trang này."));
        return store.byId(id).orElseThrow(() -> new PageRefusal(404, "Không tìm thấy trang này."));
    }

    /** A duplicate slug that slipped past the check, or two editors locking the same rows the other way round: a 409. */
    private <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException e) {
            throw new PageRefusal(409, SLUG_TAKEN);
        } catch (PessimisticLockingFailureException e) {
            throw new PageRefusal(409, "Trang đang được người khác thay đổi cùng lúc; vui lòng thử lại.");
        }
    }

    private String actor() {
        return accounts.currentUser().map(CurrentUser::displayName).orElse("hệ thống");
    }
}
