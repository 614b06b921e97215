package vn.ntm.portal.news.web.admin;

import java.util.List;
import vn.ntm.portal.news.domain.Category;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.news.editorial.EditLock;
import vn.ntm.portal.news.editorial.EditorialArticle;
import vn.ntm.portal.news.editorial.KnownNames;
import vn.ntm.portal.news.editorial.WorkflowAction;

/**
 * The editor page. {@code article} is null for a new article; {@code input} is what the form shows
 * (the stored text, or what was just sent when saving was refused, so nothing typed is lost); {@code sources}
 * and {@code authors} are the active known names the source and author fields suggest.
 */
public record EditorView(EditorialArticle article, ArticleInput input, List<Category> categories, EditLock lock,
                         List<WorkflowAction> actions, boolean mayEdit, String message, String error, String csrfParam,
                         String csrfToken, List<KnownNames.Source> sources, List<String> authors) {

    public String formAction() {
        return article == null ? "/quan-tri/bai-viet/moi" : "/quan-tri/bai-viet/" + article.id();
    }

    /** The form shows while the user holds the lock, and after a refused save, so what was typed stays on screen. */
    public boolean editable() {
        return mayEdit && (lock == null || lock.mine() || error != null);
    }

    /** Where the open editor renews its lock, while it holds one (null: no renewing). */
    public String keepLockUrl() {
        return article != null && lock != null && lock.mine() ? "/quan-tri/bai-viet/" + article.id() + "/giu-khoa" : null;
    }

    /** Saving was refused for want of the lock: offer to take over and save in one step. */
    public boolean offerTakeOverAndSave() {
        return article != null && lock != null && !lock.mine() && error != null;
    }
}
