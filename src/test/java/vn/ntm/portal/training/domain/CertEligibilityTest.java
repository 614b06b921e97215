package vn.ntm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.training.domain.CertEligibility.Override;
import vn.ntm.portal.training.domain.CertEligibility.Progress;
import vn.ntm.portal.training.domain.CertEligibility.Rules;
import vn.ntm.portal.training.domain.CertEligibility.Verdict;

class CertEligibilityTest {

    private static final Rules OFF = new Rules(0, 0, 0, false);
    /** Someone who did nothing at all in a programme of 8 sessions. */
    private static final Progress NOTHING = new Progress(0, 0, 8, 0, false);

    @Test
    void withEveryCriterionSwitchedOffEveryoneIsEligible() {
        Verdict v = CertEligibility.judge(OFF, NOTHING, null);
        assertThat(v.eligible()).isTrue();
        assertThat(v.byRules()).isTrue();
        assertThat(v.shortfalls()).isEmpty();
        assertThat(v.reasonText()).isEqualTo("Đủ điều kiện");
        assertThat(OFF.none()).isTrue();
    }

    @Test
    void minutesCountOnlyWhenSwitchedOnAndTheShortfallIsNamed() {
        Rules rules = new Rules(240, 0, 0, false);
        assertThat(CertEligibility.judge(rules, new Progress(240, 0, 8, 0, false), null).eligible()).isTrue();
        Verdict v = CertEligibility.judge(rules, new Progress(205, 0, 8, 0, false), null);
        assertThat(v.eligible()).isFalse();
        assertThat(v.shortfalls()).containsExactly("Thiếu 35 phút (đã dự 205/240 phút)");
        assertThat(v.reasonText()).isEqualTo("Thiếu 35 phút (đã dự 205/240 phút)");
    }

    @Test
    void theShareOfSessionsIsRoundedUpAndTheMissingSessionsAreCounted() {
        Rules half = new Rules(0, 50, 0, false);
        assertThat(half.sessionsNeeded(8)).isEqualTo(4);
        assertThat(half.sessionsNeeded(7)).isEqualTo(4);
        assertThat(new Rules(0, 100, 0, false).sessionsNeeded(3)).isEqualTo(3);
        assertThat(new Rules(0, 1, 0, false).sessionsNeeded(8)).isEqualTo(1);
        assertThat(CertEligibility.judge(half, new Progress(0, 4, 8, 0, false), null).eligible()).isTrue();
        Verdict v = CertEligibility.judge(half, new Progress(0, 2, 8, 0, false), null);
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasonText()).isEqualTo("Thiếu 2 buổi (đã dự 2/8 buổi, cần 4)");
        // a programme without sessions asks for none
        assertThat(CertEligibility.judge(half, new Progress(0, 0, 0, 0, false), null).eligible()).isTrue();
    }

    @Test
    void topicsCoveredMustReachTheMinimum() {
        Rules rules = new Rules(0, 0, 3, false);
        assertThat(CertEligibility.judge(rules, new Progress(0, 0, 8, 3, false), null).eligible()).isTrue();
        Verdict v = CertEligibility.judge(rules, new Progress(0, 0, 8, 2, false), null);
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasonText()).isEqualTo("Thiếu 1 chuyên đề (đã học 2, cần 3)");
    }

    @Test
    void aRequiredSurveyMustHaveBeenSubmitted() {
        Rules rules = new Rules(0, 0, 0, true);
        assertThat(CertEligibility.judge(rules, new Progress(0, 0, 8, 0, true), null).eligible()).isTrue();
        Verdict v = CertEligibility.judge(rules, NOTHING, null);
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasonText()).isEqualTo("Chưa gửi phiếu khảo sát");
    }

    @Test
    void everyCriterionSwitchedOnMustHoldAndEveryShortfallIsListedInOrder() {
        Rules all = new Rules(120, 50, 2, true);
        assertThat(CertEligibility.judge(all, new Progress(1_500, 4, 8, 2, true), null).eligible()).isTrue();
        // one criterion missing is enough to refuse
        assertThat(CertEligibility.judge(all, new Progress(1_500, 4, 8, 2, false), null).eligible()).isFalse();
        assertThat(CertEligibility.judge(all, new Progress(1_500, 3, 8, 2, true), null).eligible()).isFalse();
        Verdict v = CertEligibility.judge(all, new Progress(30, 1, 8, 1, false), null);
        assertThat(v.shortfalls()).containsExactly("Thiếu 90 phút (đã dự 30/120 phút)", "Thiếu 3 buổi (đã dự 1/8 buổi, cần 4)",
                "Thiếu 1 chuyên đề (đã học 1, cần 2)", "Chưa gửi phiếu khảo sát");
        assertThat(v.reasonText()).isEqualTo("Thiếu 90 phút (đã dự 30/120 phút); Thiếu 3 buổi (đã dự 1/8 buổi, cần 4); "
                + "Thiếu 1 chuyên đề (đã học 1, cần 2); Chưa gửi phiếu khảo sát");
        assertThat(CertEligibility.judge(new Rules(1_500, 0, 0, false), new Progress(1_200, 0, 8, 0, false), null).reasonText())
                .as("numbers in the Vietnamese way").isEqualTo("Thiếu 300 phút (đã dự 1.200/1.500 phút)");
    }

    @Test
    void aManualGrantWinsOverTheRulesAndKeepsTheShortfallsForTheRecord() {
        Rules all = new Rules(120, 50, 2, true);
        Override grant = new Override(true, "Dự trực tiếp tại hội trường", "tap.huan", Instant.now());
        Verdict v = CertEligibility.judge(all, NOTHING, grant);
        assertThat(v.eligible()).isTrue();
        assertThat(v.byRules()).isFalse();
        assertThat(v.shortfalls()).hasSize(4);
        assertThat(v.reasonText()).isEqualTo("Cấp theo quyết định của ban tổ chức: Dự trực tiếp tại hội trường");
    }

    @Test
    void aManualDenialWinsOverRulesThatHold() {
        Override deny = new Override(false, "Trùng người, đã cấp ở lớp khác", "tap.huan", Instant.now());
        Verdict v = CertEligibility.judge(OFF, NOTHING, deny);
        assertThat(v.eligible()).isFalse();
        assertThat(v.byRules()).isTrue();
        assertThat(v.reasonText()).isEqualTo("Không cấp theo quyết định của ban tổ chức: Trùng người, đã cấp ở lớp khác");
    }

    @Test
    void rulesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Rules(-1, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(0, 101, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(0, 0, -2, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
