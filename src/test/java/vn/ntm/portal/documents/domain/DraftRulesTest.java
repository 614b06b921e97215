package vn.ntm.portal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The comment window: the phase at each instant, the state's override, and the window's validation. */
class DraftRulesTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T10:00:00Z");
    private static final CommentWindow WINDOW = new CommentWindow(OPENS, CLOSES);

    @Test
    void thePhaseFollowsTheWindowWithTheOpeningIncludedAndTheClosingExcluded() {
        assertThat(WINDOW.phaseAt(OPENS.minusSeconds(1))).isEqualTo(CommentPhase.NOT_YET);
        assertThat(WINDOW.phaseAt(OPENS)).as("at the opening instant").isEqualTo(CommentPhase.OPEN);
        assertThat(WINDOW.phaseAt(OPENS.plusSeconds(86_400 * 10))).isEqualTo(CommentPhase.OPEN);
        assertThat(WINDOW.phaseAt(CLOSES.minusMillis(1))).isEqualTo(CommentPhase.OPEN);
        assertThat(WINDOW.phaseAt(CLOSES)).as("at the closing instant").isEqualTo(CommentPhase.ENDED);
        assertThat(WINDOW.phaseAt(CLOSES.plusSeconds(3600))).isEqualTo(CommentPhase.ENDED);
        assertThat(CommentPhase.NOT_YET.label()).isEqualTo("Chưa đến thời hạn lấy ý kiến");
        assertThat(CommentPhase.OPEN.label()).isEqualTo("Đang lấy ý kiến");
        assertThat(CommentPhase.ENDED.label()).isEqualTo("Hết hạn lấy ý kiến");
        assertThat(CommentPhase.NOT_YET.refusal()).isEqualTo("Dự thảo này chưa đến thời hạn lấy ý kiến.");
        assertThat(CommentPhase.ENDED.refusal()).isEqualTo("Dự thảo này đã hết hạn lấy ý kiến.");
    }

    @Test
    void onlyAPublishedDraftInsideItsWindowTakesComments() {
        Instant inside = OPENS.plusSeconds(60);
        assertThat(draft(DraftState.PUBLISHED).openAt(inside)).isTrue();
        assertThat(draft(DraftState.PUBLISHED).openAt(CLOSES)).isFalse();
        assertThat(draft(DraftState.PREPARING).openAt(inside)).isFalse();
        assertThat(draft(DraftState.CLOSED).openAt(inside)).isFalse();
        assertThat(draft(DraftState.CLOSED).phaseAt(inside)).as("closed early by the back office").isEqualTo(CommentPhase.ENDED);
        assertThat(draft(DraftState.PUBLISHED).phaseAt(OPENS.minusSeconds(1))).isEqualTo(CommentPhase.NOT_YET);
    }

    @Test
    void theWindowMustCloseAfterItOpens() {
        assertThat(CommentWindow.problems(OPENS, CLOSES)).isEmpty();
        assertThat(CommentWindow.problems(OPENS, OPENS)).containsExactly("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.");
        assertThat(CommentWindow.problems(CLOSES, OPENS)).containsExactly("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.");
        assertThat(CommentWindow.problems(null, CLOSES)).containsExactly("Cần nhập thời điểm bắt đầu lấy ý kiến.");
        assertThat(CommentWindow.problems(OPENS, null)).containsExactly("Cần nhập thời điểm kết thúc lấy ý kiến.");
    }

    @Test
    void statesMoveOnlyAlongTheApprovalPath() {
        assertThat(DraftState.PREPARING.next()).containsExactlyInAnyOrder(DraftState.PUBLISHED, DraftState.WITHDRAWN);
        assertThat(DraftState.PREPARING.next()).doesNotContain(DraftState.ADOPTED);
        assertThat(DraftState.CLOSED.next()).contains(DraftState.ADOPTED);
        assertThat(DraftState.PREPARING.visible()).isFalse();
        assertThat(DraftState.WITHDRAWN.visible()).isFalse();
        assertThat(DraftState.PUBLISHED.visible()).isTrue();
    }

    private static DocumentDraft draft(DraftState state) {
        return new DocumentDraft(1, "du-thao", "", 1, "Quyết định", "Về việc thử", "", "Sở Nông nghiệp", "", WINDOW, state,
                null, null, null, 0);
    }
}
