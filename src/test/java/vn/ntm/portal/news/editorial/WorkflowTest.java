package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.news.editorial.ArticleStatus.*;
import static vn.ntm.portal.news.editorial.WorkflowAction.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The editorial state machine: every allowed and every refused step, and who may take them. */
class WorkflowTest {

    static final long CAT = 7;
    static final long OTHER_CAT = 8;
    static final Actor AUTHOR = new Actor("pv", "Phóng viên");
    static final Actor OTHER_AUTHOR = new Actor("pv2", "Phóng viên 2");
    static final Actor EDITOR = new Actor("bt", "Biên tập");
    static final Actor ADMIN = new Actor("qt", "Quản trị");

    /** pv, pv2 write in CAT; bt reviews and publishes in CAT only; qt is administrator. */
    static final EditorialPermissions PERMISSIONS = new EditorialPermissions() {
        @Override
        public boolean can(String user, long category, Capability c) {
            if (category != CAT) {
                return false;
            }
            return switch (user) {
                case "pv", "pv2" -> c == Capability.WRITE;
                case "bt" -> true;
                default -> false;
            };
        }

        @Override
        public boolean isAdministrator(String user) {
            return user.equals("qt");
        }

        @Override
        public Set<Long> categoriesWith(String user, Capability c) {
            return can(user, CAT, c) ? Set.of(CAT) : Set.of();
        }
    };

    final Workflow workflow = new Workflow(PERMISSIONS);

    static final Map<ArticleStatus, Map<WorkflowAction, ArticleStatus>> EXPECTED = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED),
            RETURNED, Map.of(SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(APPROVE, APPROVED, RETURN, RETURNED),
            APPROVED, Map.of(RETURN, RETURNED, SCHEDULE, SCHEDULED, PUBLISH, PUBLISHED),
            SCHEDULED, Map.of(PUBLISH, PUBLISHED, UNSCHEDULE, APPROVED),
            PUBLISHED, Map.of(ARCHIVE, EXPIRED, WITHDRAW, WITHDRAWN),
            EXPIRED, Map.of(REOPEN, DRAFT),
            WITHDRAWN, Map.of(REOPEN, DRAFT));

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void everyStepFromEveryStatusLeadsWhereExpectedOrNowhere(ArticleStatus from) {
        for (WorkflowAction action : WorkflowAction.values()) {
            ArticleStatus expected = EXPECTED.get(from).get(action);
            assertThat(Workflow.target(from, action)).as(from + " " + action).isEqualTo(java.util.Optional.ofNullable(expected));
            // administrators may take exactly the steps that exist, nothing else
            assertThat(workflow.allows(ADMIN, state(from, AUTHOR), action)).as(from + " " + action).isEqualTo(expected != null);
        }
    }

    @Test
    void authorsSubmitTheirOwnDraftsAndNothingElse() {
        assertThat(workflow.available(AUTHOR, state(DRAFT, AUTHOR))).containsExactly(SUBMIT);
        assertThat(workflow.available(AUTHOR, state(RETURNED, AUTHOR))).containsExactly(SUBMIT);
        assertThat(workflow.available(OTHER_AUTHOR, state(DRAFT, AUTHOR))).isEmpty();
        for (ArticleStatus s : EnumSet.complementOf(EnumSet.of(DRAFT, RETURNED))) {
            assertThat(workflow.available(AUTHOR, state(s, AUTHOR))).as(s.name()).isEmpty();
        }
    }

    @Test
    void authorsEditOnlyTheirOwnDraftsAndReturnedArticles() {
        for (ArticleStatus s : ArticleStatus.values()) {
            assertThat(workflow.mayEdit(AUTHOR, state(s, AUTHOR))).as(s.name()).isEqualTo(s == DRAFT || s == RETURNED);
            assertThat(workflow.mayEdit(OTHER_AUTHOR, state(s, AUTHOR))).as(s.name()).isFalse();
        }
    }

    @Test
    void editorsTakeEveryStepInTheirCategoryAndNoneElsewhere() {
        for (ArticleStatus s : ArticleStatus.values()) {
            Set<WorkflowAction> existing = EXPECTED.get(s).keySet();
            assertThat(workflow.available(EDITOR, state(s, AUTHOR))).as(s.name()).containsExactlyInAnyOrderElementsOf(existing);
            assertThat(workflow.available(EDITOR, new Workflow.ArticleState(s, OTHER_CAT, AUTHOR.id()))).as(s.name()).isEmpty();
        }
    }

    @Test
    void theSchedulerOnlyPublishesScheduledArticlesAndExpiresPublishedOnes() {
        for (ArticleStatus s : ArticleStatus.values()) {
            for (WorkflowAction a : WorkflowAction.values()) {
                boolean expected = s == SCHEDULED && a == PUBLISH || s == PUBLISHED && (a == ARCHIVE || a == WITHDRAW);
                assertThat(workflow.allows(Actor.SCHEDULER, state(s, AUTHOR), a)).as(s + " " + a).isEqualTo(expected);
            }
        }
    }

    @Test
    void creatingNeedsWriteInTheCategory() {
        assertThat(workflow.mayCreate(AUTHOR, CAT)).isTrue();
        assertThat(workflow.mayCreate(AUTHOR, OTHER_CAT)).isFalse();
        assertThat(workflow.mayCreate(ADMIN, OTHER_CAT)).isTrue();
        assertThat(workflow.mayCreate(new Actor("nobody", "Ai đó"), CAT)).isFalse();
    }

    private static Workflow.ArticleState state(ArticleStatus s, Actor author) {
        return new Workflow.ArticleState(s, CAT, author.id());
    }
}
