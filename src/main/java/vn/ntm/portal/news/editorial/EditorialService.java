package vn.ntm.portal.news.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.news.ArticlePublished;
import vn.ntm.portal.news.domain.ArticleReader;
import vn.ntm.portal.shared.VietnameseText;

/**
 * The back office's writes to articles: create, save, workflow steps, restore, edit locks. Every change
 * leaves a version, is audited, and evicts this node's cached public page once committed.
 */
@Service
public class EditorialService {

    private final EditorialStore store;
    private final Workflow workflow;
    private final AuditApi audit;
    private final ArticleReader reader;
    private final ApplicationEventPublisher events;
    private final Duration lockTimeout;
    private final KnownNames names;
    /** An absolute web address with a host and nothing a browser could run. */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("https?://[^\\s/?#\\\\@]+[^\\s\\\\]*");

    EditorialService(EditorialStore store, EditorialPermissions permissions, AuditApi audit, ArticleReader reader,
                     ApplicationEventPublisher events, KnownNames names,
                     @Value("${ntm.news.edit-lock-timeout:15m}") Duration lockTimeout) {
        this.store = store;
        this.names = names;
        this.workflow = new Workflow(permissions);
        this.audit = audit;
        this.reader = reader;
        this.events = events;
        this.lockTimeout = lockTimeout;
    }

    public Workflow workflow() {
        return workflow;
    }

    public Duration lockTimeout() {
        return lockTimeout;
    }

    @Transactional
    public long create(Actor actor, ArticleInput input) {
        ArticleInput in = valid(withKnownSource(input.clean()));
        if (!workflow.mayCreate(actor, in.categoryId())) {
            throw new EditorialRefusal("Bạn không có quyền viết bài trong chuyên mục này.");
        }
        long id = store.insert(in, VietnameseText.slug(in.title()), actor, lockTimeout);
        store.addVersion(id, actor, "Tạo bài");
        audit.record("ARTICLE_CREATE", "article", String.valueOf(id), null, Map.of("title", in.title(), "status", "DRAFT"));
        return id;
    }

    /** Saves new text; refused unless the actor holds the edit lock and may edit the article in its status. */
    @Transactional
    public int save(Actor actor, long id, ArticleInput input) {
        EditorialArticle a = load(id);
        requireLock(actor, a);
        if (!workflow.mayEdit(actor, a.state())) {
            throw new EditorialRefusal("Bạn không được sửa bài viết ở trạng thái \"" + a.status().label() + "\".");
        }
        ArticleInput in = valid(withKnownSource(input.clean()));
        if (in.categoryId() != a.categoryId() && !workflow.mayEdit(actor, new Workflow.ArticleState(a.status(), in.categoryId(), a.createdBy()))) {
            throw new EditorialRefusal("Bạn không có quyền chuyển bài sang chuyên mục này.");
        }
        // the public address keeps its slug once the article has been out
        String slug = a.publishedAt() == null ? VietnameseText.slug(in.title()) : a.slug();
        store.updateContent(id, in, slug);
        store.tryLock(id, actor, lockTimeout);
        int version = store.addVersion(id, actor, "Lưu");
        audit.record("ARTICLE_SAVE", "article", String.valueOf(id), Map.of("title", a.title()), Map.of("title", in.title(), "version", version));
        changed(id);
        return version;
    }

    /** Takes a workflow step; {@code reason} for returning, {@code when} for scheduling. */
    @Transactional
    public ArticleStatus act(Actor actor, long id, WorkflowAction action, String reason, Instant when) {
        EditorialArticle a = load(id);
        if (!workflow.allows(actor, a.state(), action)) {
            throw new EditorialRefusal("Không thể \"" + action.label() + "\" bài viết đang ở trạng thái \"" + a.status().label() + "\".");
        }
        ArticleStatus to = Workflow.target(a.status(), action).orElseThrow();
        String returnReason = a.returnReason();
        Instant publishedAt = a.publishedAt();
        Instant scheduledAt = a.scheduledAt();
        String note = action.label();
        switch (action) {
            case RETURN -> {
                returnReason = ArticleInput.plain(reason, 1000);
                if (returnReason.isEmpty()) {
                    throw new EditorialRefusal("Hãy ghi lý do trả lại bài.");
                }
                note = note + ": " + returnReason;
            }
            case SUBMIT -> returnReason = "";
            case SCHEDULE -> {
                if (when == null || !when.isAfter(Instant.now())) {
                    throw new EditorialRefusal("Thời điểm hẹn đăng phải ở tương lai.");
                }
                scheduledAt = when;
            }
            case UNSCHEDULE -> scheduledAt = null;
            case PUBLISH -> {
                // a scheduled article goes out with its planned time; one published now with now
                publishedAt = actor.isScheduler() && scheduledAt != null ? scheduledAt : Instant.now();
                if (a.publishedAt() != null && !actor.isScheduler()) {
                    publishedAt = a.publishedAt();
                }
            }
            case REOPEN -> scheduledAt = null;
            default -> { }
        }
        store.updateStatus(id, to, publishedAt, scheduledAt, returnReason);
        store.addVersion(id, actor, note);
        audit.record("ARTICLE_" + action.name(), "article", String.valueOf(id), Map.of("status", a.status().name()),
                Map.of("status", to.name(), "by", actor.name()));
        changed(id);
        if (to == ArticleStatus.PUBLISHED) {
            Instant at = publishedAt;
            AfterCommit.run(() -> events.publishEvent(new ArticlePublished(id, at)));
        }
        return to;
    }

    /** Puts an earlier version's title, lead and body back, as a new version. */
    @Transactional
    public int restore(Actor actor, long id, int versionNo) {
        EditorialArticle a = load(id);
        requireLock(actor, a);
        if (!workflow.mayEdit(actor, a.state())) {
            throw new EditorialRefusal("Bạn không được sửa bài viết ở trạng thái \"" + a.status().label() + "\".");
        }
        ArticleVersion v = store.version(id, versionNo).orElseThrow(() -> new EditorialRefusal("Không có phiên bản " + versionNo + "."));
        ArticleInput old = new ArticleInput(v.title(), v.lead(), v.bodyHtml(), a.categoryId(), a.authorName(), a.expiresAt(),
                a.expiryAction()).clean();
        store.restoreText(id, new ArticleVersion(id, versionNo, old.title(), old.lead(), old.bodyHtml(), v.status(), v.editor(),
                v.editorName(), v.createdAt(), v.note()));
        int version = store.addVersion(id, actor, "Khôi phục phiên bản " + versionNo);
        audit.record("ARTICLE_RESTORE", "article", String.valueOf(id), null, Map.of("restoredVersion", versionNo, "version", version));
        changed(id);
        return version;
    }

    /** Opening the editor: takes the lock if free, expired or ours; otherwise says who has it. */
    @Transactional
    public EditLock open(Actor actor, long id) {
        EditorialArticle a = load(id);
        if (store.tryLock(id, actor, lockTimeout)) {
            return new EditLock(actor.id(), actor.name(), Instant.now(), true);
        }
        return new EditLock(a.lockedBy(), a.lockedByName(), a.lockedAt(), false);
    }

    /** Takes the lock from whoever holds it; the take-over is audited. */
    @Transactional
    public EditLock takeOver(Actor actor, long id) {
        EditorialArticle a = load(id);
        if (!workflow.mayEdit(actor, a.state())) {
            throw new EditorialRefusal("Bạn không được sửa bài viết này.");
        }
        store.forceLock(id, actor);
        audit.record("ARTICLE_LOCK_TAKE_OVER", "article", String.valueOf(id),
                a.lockedBy() == null ? null : Map.of("lockedBy", a.lockedByName()), Map.of("lockedBy", actor.name()));
        return new EditLock(actor.id(), actor.name(), Instant.now(), true);
    }

    @Transactional
    public void release(Actor actor, long id) {
        store.unlock(id, actor);
    }

    public EditorialArticle article(long id) {
        return store.find(id).orElseThrow(() -> new EditorialRefusal("Không có bài viết số " + id + "."));
    }

    public List<ArticleVersion> versions(long id) {
        return store.versions(id);
    }

    public java.util.Optional<ArticleVersion> version(long id, int number) {
        return store.version(id, number);
    }

    public List<ArticleRow> list(ArticleFilter filter) {
        return store.list(filter, lockTimeout);
    }

    private EditorialArticle load(long id) {
        return store.lockRow(id).orElseThrow(() -> new EditorialRefusal("Không có bài viết số " + id + "."));
    }

    private void requireLock(Actor actor, EditorialArticle a) {
        if (!actor.id().equals(a.lockedBy())) {
            String who = a.lockedBy() == null ? "" : " " + a.lockedByName() + " đang giữ quyền sửa bài này.";
            throw new EditorialRefusal("Chưa lưu: bạn không còn giữ quyền sửa bài viết." + who
                    + " Hãy mở lại trang sửa (hoặc tiếp quản) rồi lưu lại.");
        }
    }

    private static ArticleInput valid(ArticleInput in) {
        if (in.title().isEmpty()) {
            throw new EditorialRefusal("Bài viết cần có tiêu đề.");
        }
        if (!in.sourceUrl().isEmpty() && !WEB_ADDRESS.matcher(in.sourceUrl()).matches()) {
            throw new EditorialRefusal("Địa chỉ nguồn tin phải là một URL bắt đầu bằng https:// hoặc http://.");
        }
        return in;
    }

    /** A known source's name with no address given takes the source's address (also without JavaScript in the browser). */
    private ArticleInput withKnownSource(ArticleInput in) {
        if (in.sourceUrl().isEmpty() && !in.sourceName().isEmpty()) {
            return names.sourceUrl(in.sourceName()).map(in::withSourceUrl).orElse(in);
        }
        return in;
    }

    private void changed(long id) {
        AfterCommit.run(() -> reader.evict(id));
    }
}
