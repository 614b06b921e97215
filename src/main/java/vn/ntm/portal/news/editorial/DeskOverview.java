package vn.ntm.portal.news.editorial;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The dashboard's news lists for one user: their drafts, what waits for their review, what is scheduled. */
@Service
public class DeskOverview {

    private static final int LIMIT = 10;

    private final EditorialStore store;
    private final EditorialPermissions permissions;
    private final EditorialService service;

    DeskOverview(EditorialStore store, EditorialPermissions permissions, EditorialService service) {
        this.store = store;
        this.permissions = permissions;
        this.service = service;
    }

    /** The user's own drafts and returned articles, last changed first. */
    public List<ArticleRow> myDrafts(Actor actor) {
        return store.inStatus(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.RETURNED), actor.id(), null, LIMIT, service.lockTimeout());
    }

    /** Submitted articles in the categories the user reviews. */
    public List<ArticleRow> awaitingMyReview(Actor actor) {
        return inMyCategories(actor, ArticleStatus.SUBMITTED, Capability.REVIEW);
    }

    /** Scheduled articles in the categories the user publishes in. */
    public List<ArticleRow> scheduled(Actor actor) {
        return inMyCategories(actor, ArticleStatus.SCHEDULED, Capability.PUBLISH);
    }

    private List<ArticleRow> inMyCategories(Actor actor, ArticleStatus status, Capability capability) {
        Set<Long> categories = null;
        if (!permissions.isAdministrator(actor.id())) {
            categories = permissions.categoriesWith(actor.id(), capability);
            if (categories.isEmpty()) {
                return List.of();
            }
        }
        return store.inStatus(EnumSet.of(status), null, categories, LIMIT, service.lockTimeout());
    }
}
