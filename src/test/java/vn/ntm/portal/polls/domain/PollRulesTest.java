package vn.ntm.portal.polls.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ballot checks, the admin form's validation, the rules for polls with ballots, visibility and percentages. */
class PollRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private static Poll poll(boolean multiple, int max, Instant opens, Instant closes) {
        return new Poll(7, "thu", "Câu hỏi?", "", multiple, max, opens, closes, false, ResultVisibility.ALWAYS, false,
                List.of(new PollOption(1, "A", 10), new PollOption(2, "B", 20), new PollOption(3, "C", 30)));
    }

    private static Poll open(boolean multiple, int max) {
        return poll(multiple, max, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void ballotsAreCheckedAgainstThePoll() {
        assertThat(BallotRules.check(open(false, 1), Set.of(2L), NOW)).isEmpty();
        assertThat(BallotRules.check(open(true, 2), Set.of(1L, 3L), NOW)).isEmpty();
        assertThat(BallotRules.check(open(false, 1), Set.of(), NOW)).get().extracting(Refusal::status, Refusal::message)
                .containsExactly(400, "Vui lòng chọn ít nhất một phương án.");
        assertThat(BallotRules.check(open(false, 1), Set.of(1L, 2L), NOW).orElseThrow().message())
                .isEqualTo("Cuộc thăm dò này chỉ được chọn một phương án.");
        assertThat(BallotRules.check(open(true, 2), Set.of(1L, 2L, 3L), NOW).orElseThrow().message())
                .isEqualTo("Bạn chỉ được chọn tối đa 2 phương án.");
        assertThat(BallotRules.check(open(true, 2), Set.of(1L, 99L), NOW).orElseThrow().message())
                .startsWith("Phương án bạn chọn không thuộc cuộc thăm dò này.");
        Refusal early = BallotRules.check(poll(false, 1, NOW.plus(Duration.ofHours(2)), null), Set.of(1L), NOW).orElseThrow();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.message()).isEqualTo("Cuộc thăm dò này chưa bắt đầu; bạn có thể bình chọn từ 01/12/2026 12:00.");
        assertThat(BallotRules.check(poll(false, 1, NOW.minus(Duration.ofDays(2)), NOW), Set.of(1L), NOW).orElseThrow().message())
                .as("closing instant excluded").isEqualTo("Cuộc thăm dò này đã kết thúc, không nhận thêm bình chọn.");
        assertThat(BallotRules.parse(List.of("1", "3", "1"))).contains(Set.of(1L, 3L));
        assertThat(BallotRules.parse(List.of("1", "x"))).isEmpty();
        assertThat(BallotRules.parse(null)).contains(Set.of());
    }

    @Test
    void theStatusAndTheVisibilityRules() {
        assertThat(open(false, 1).status(NOW)).isEqualTo(PollStatus.OPEN);
        assertThat(poll(false, 1, NOW.minusSeconds(60), null).status(NOW)).isEqualTo(PollStatus.OPEN);
        assertThat(poll(false, 1, NOW, NOW.plusSeconds(1)).status(NOW)).as("opening instant included").isEqualTo(PollStatus.OPEN);
        assertThat(ResultVisibility.ALWAYS.shows(PollStatus.OPEN, false)).isTrue();
        assertThat(ResultVisibility.AFTER_VOTE.shows(PollStatus.OPEN, false)).isFalse();
        assertThat(ResultVisibility.AFTER_VOTE.shows(PollStatus.OPEN, true)).isTrue();
        assertThat(ResultVisibility.AFTER_VOTE.shows(PollStatus.CLOSED, false)).isTrue();
        assertThat(ResultVisibility.AFTER_CLOSE.shows(PollStatus.OPEN, true)).isFalse();
        assertThat(ResultVisibility.AFTER_CLOSE.shows(PollStatus.CLOSED, false)).isTrue();
    }

    @Test
    void percentagesAreSharesOfVotersToOneDecimal() {
        PollResults r = PollResults.of(open(true, 2), 3, Map.of(1L, 2L, 2L, 2L));
        assertThat(r.rows()).extracting(PollResults.Row::percentText).containsExactly("66,7%", "66,7%", "0,0%");
        assertThat(r.rows()).extracting(PollResults.Row::bar).containsExactly("66.7", "66.7", "0.0");
        assertThat(PollResults.of(open(false, 1), 0, Map.of()).rows()).extracting(PollResults.Row::percentText).containsOnly("0,0%");
        assertThat(PollResults.of(open(false, 1), 12345, Map.of(1L, 12345L)).votersText()).isEqualTo("12.345");
    }

    private static PollInput.Form form(String mode, String max, String opens, String closes, List<String> ids, List<String> labels) {
        return new PollInput.Form("Theo bạn nên làm gì?", "", mode, max, opens, closes, false, "ALWAYS", false, ids, labels);
    }

    @Test
    void theAdminFormIsValidated() {
        PollInput.Parsed ok = PollInput.parse(form("nhieu", "2", "2026-12-01T08:00", "2026-12-31T17:00", List.of("", "", ""),
                List.of("  Một  ", "", "Hai")));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.input().options()).extracting(PollInput.OptionInput::label).containsExactly("Một", "Hai");
        assertThat(ok.input().opensAt()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(ok.input().maxChoices()).isEqualTo(2);

        assertThat(PollInput.parse(form("mot", "", "2026-12-01T08:00", "2026-12-01T08:00", List.of(), List.of("A", "a"))).errors())
                .contains("Phương án \"a\" bị trùng.", "Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        assertThat(PollInput.parse(form("nhieu", "5", "", "", List.of(), List.of("A", "B", "C"))).errors())
                .contains("Số phương án được chọn tối đa phải từ 2 đến số phương án trả lời (3).", "Vui lòng nhập thời điểm bắt đầu.");
        assertThat(PollInput.parse(form("bat-ky", "", "hom nay", "", List.of("x"), List.of("A"))).errors())
                .contains("Vui lòng chọn cách trả lời: một phương án hoặc nhiều phương án.", "Thời điểm bắt đầu không hợp lệ (dạng ngày/tháng/năm giờ:phút).",
                        "Dòng phương án thứ 1 không hợp lệ; vui lòng tải lại trang.", "Cần ít nhất hai phương án trả lời.");
    }

    @Test
    void aPollWithBallotsKeepsItsModeAudienceAndChosenOptions() {
        Poll existing = open(false, 1);
        PollInput keep = PollInput.parse(form("mot", "", "2026-11-30T08:00", "", List.of("1", "2", "3"), List.of("A mới", "B", ""))).input();
        assertThat(keep.problemsAgainst(existing, 5, Map.of(1L, 5L))).as("option 3 has no votes: it may go").isEmpty();
        PollInput dropChosen = PollInput.parse(form("mot", "", "2026-11-30T08:00", "", List.of("1", "2", "3"), List.of("", "B", "C"))).input();
        assertThat(dropChosen.problemsAgainst(existing, 5, Map.of(1L, 5L)))
                .containsExactly("Không xóa được phương án \"A\" vì đã có 5 lượt chọn; xóa đi sẽ làm sai kết quả. Bạn có thể sửa lời của phương án.");
        PollInput many = PollInput.parse(form("nhieu", "2", "2026-11-30T08:00", "", List.of("1", "2", "3"), List.of("A", "B", "C"))).input();
        assertThat(many.problemsAgainst(existing, 5, Map.of(1L, 5L))).singleElement().asString().startsWith("Không đổi được cách chọn");
        assertThat(many.problemsAgainst(existing, 0, Map.of())).as("no ballots yet: anything may change").isEmpty();
        PollInput foreign = PollInput.parse(form("mot", "", "2026-11-30T08:00", "", List.of("1", "42"), List.of("A", "Lạ"))).input();
        assertThat(foreign.problemsAgainst(existing, 0, Map.of())).singleElement().asString().contains("không thuộc cuộc thăm dò này");
    }
}
