package vn.ntm.portal.news.editorial;

import static vn.ntm.portal.news.editorial.ArticleStatus.*;
import static vn.ntm.portal.news.editorial.WorkflowAction.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editorial state machine: which step leads from which status to which, and who may take it.
 * Authors write and submit their own drafts; reviewers approve or return in their categories;
 * publishers schedule, publish and take down; administrators may do everything.
 */
public final class Workflow {

    private static final Map<ArticleStatus, Map<WorkflowAction, ArticleStatus>> STEPS = new EnumMap<>(ArticleStatus.class);

    static {
        step(DRAFT, SUBMIT, SUBMITTED);
        step(RETURNED, SUBMIT, SUBMITTED);
        step(SUBMITTED, APPROVE, APPROVED);
        step(SUBMITTED, RETURN, RETURNED);
        step(APPROVED, RETURN, RETURNED);
        step(APPROVED, SCHEDULE, SCHEDULED);
        step(APPROVED, PUBLISH, PUBLISHED);
        step(SCHEDULED, PUBLISH, PUBLISHED);
        step(SCHEDULED, UNSCHEDULE, APPROVED);
        step(PUBLISHED, ARCHIVE, EXPIRED);
        step(PUBLISHED, WITHDRAW, WITHDRAWN);
        step(EXPIRED, REOPEN, DRAFT);
        step(WITHDRAWN, REOPEN, DRAFT);
    }

    private final EditorialPermissions permissions;

    public Workflow(EditorialPermissions permissions) {
        this.permissions = permissions;
    }

    private static void step(ArticleStatus from, WorkflowAction action, ArticleStatus to) {
        STEPS.computeIfAbsent(from, s -> new EnumMap<>(WorkflowAction.class)).put(action, to);
    }

    /** Where a step leads from a status, or empty when the step does not exist from there. */
    public static Optional<ArticleStatus> target(ArticleStatus from, WorkflowAction action) {
        return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(action));
    }

    /** Whether the actor may take the step on the article now. */
    public boolean allows(Actor actor, ArticleState article, WorkflowAction action) {
        if (target(article.status(), action).isEmpty()) {
            return false;
        }
        if (actor.isScheduler()) {
            // the scheduler only carries out what a publisher decided: due publications and expiries
            return action == PUBLISH && article.status() == SCHEDULED || action == ARCHIVE || action == WITHDRAW;
        }
        if (permissions.isAdministrator(actor.id())) {
            return true;
        }
        if (action == SUBMIT) {
            // authors submit their own work; reviewers may submit anyone's in their category
            return actor.id().equals(article.createdBy()) && permissions.can(actor.id(), article.categoryId(), Capability.WRITE)
                    || permissions.can(actor.id(), article.categoryId(), Capability.REVIEW);
        }
        return permissions.can(actor.id(), article.categoryId(), action.needs());
    }

    /** Whether the actor may change the article's text in its current status. */
    public boolean mayEdit(Actor actor, ArticleState article) {
        if (permissions.isAdministrator(actor.id())) {
            return true;
        }
        boolean own = actor.id().equals(article.createdBy());
        return switch (article.status()) {
            case DRAFT, RETURNED -> own && permissions.can(actor.id(), article.categoryId(), Capability.WRITE)
                    || permissions.can(actor.id(), article.categoryId(), Capability.REVIEW);
            case SUBMITTED, APPROVED -> permissions.can(actor.id(), article.categoryId(), Capability.REVIEW);
            case SCHEDULED, PUBLISHED -> permissions.can(actor.id(), article.categoryId(), Capability.PUBLISH);
            case EXPIRED, WITHDRAWN -> false;
        };
    }

    /** Whether the actor may start a new article in a category. */
    public boolean mayCreate(Actor actor, long categoryId) {
        return permissions.isAdministrator(actor.id()) || permissions.can(actor.id(), categoryId, Capability.WRITE);
    }

    /** The steps the actor may take on the article now, for the buttons of the editor page. */
    public List<WorkflowAction> available(Actor actor, ArticleState article) {
        List<WorkflowAction> actions = new ArrayList<>();
        for (WorkflowAction a : WorkflowAction.values()) {
            if (allows(actor, article, a)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /** What the state machine needs to know of an article. */
    public record ArticleState(ArticleStatus status, long categoryId, String createdBy) {
    }
}
