package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.domain.SurveyItem.Kind;
import vn.ntm.portal.training.internal.SurveyStats;
import vn.ntm.portal.training.internal.SurveyStats.Answer;
import vn.ntm.portal.training.internal.SurveyStats.ItemResult;

/** The survey arithmetic: mean, top-2-box, NPS, distributions and the "positive" rule. */
class SurveyStatsTest {

    private static SurveyItem item(long id, Kind kind, List<String> options) {
        return new SurveyItem(id, 1, 0, kind, "Câu " + id, options, false, false);
    }

    private static List<Answer> numbers(long itemId, int... values) {
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new Answer(i + 1, itemId, BigDecimal.valueOf(values[i]), List.of(), ""));
        }
        return out;
    }

    @Test
    void meanIsTheArithmeticMeanAndNullWithoutAnswers() {
        assertThat(SurveyStats.mean(List.of(5, 4, 4, 3))).isEqualTo(4.0);
        assertThat(SurveyStats.mean(List.of(1, 2))).isEqualTo(1.5);
        assertThat(SurveyStats.mean(List.of(new BigDecimal("2.25"), new BigDecimal("0.75"), new BigDecimal("1")))).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(SurveyStats.mean(List.of())).isNull();
    }

    @Test
    void topTwoBoxIsTheShareOfFoursAndFives() {
        assertThat(SurveyStats.topTwoBox(List.of(5, 4, 3, 2, 1))).isEqualTo(0.4);
        assertThat(SurveyStats.topTwoBox(List.of(4, 4, 5))).isEqualTo(1.0);
        assertThat(SurveyStats.topTwoBox(List.of(3, 3, 1, 2))).isEqualTo(0.0);
        assertThat(SurveyStats.topTwoBox(List.of())).isNull();
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercentPassivesCountingOnlyInTheTotal() {
        // 9, 10 promoters; 7, 8 passives; 0–6 detractors: (3 − 2) / 6 = 16.67
        assertThat(SurveyStats.nps(List.of(10, 9, 9, 8, 6, 0))).isCloseTo(100.0 / 6, within(1e-9));
        assertThat(SurveyStats.nps(List.of(7, 8, 7))).isEqualTo(0.0);
        assertThat(SurveyStats.nps(List.of(0, 6, 5))).isEqualTo(-100.0);
        assertThat(SurveyStats.nps(List.of(10, 9))).isEqualTo(100.0);
        assertThat(SurveyStats.nps(List.of())).isNull();
    }

    @Test
    void aRatingItemHasItsDistributionOverOneToFiveMeanAndTopTwoBox() {
        SurveyItem rating = item(7, Kind.RATING, List.of());
        List<Answer> answers = new ArrayList<>(numbers(7, 5, 5, 4, 2));
        answers.addAll(numbers(8, 1, 1, 1));
        ItemResult r = SurveyStats.of(rating, answers);
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.buckets()).extracting(SurveyStats.Bucket::label).containsExactly("1", "2", "3", "4", "5");
        assertThat(r.buckets()).extracting(SurveyStats.Bucket::count).containsExactly(0L, 1L, 0L, 1L, 2L);
        assertThat(r.mean()).isEqualTo(4.0);
        assertThat(r.topTwoBox()).isEqualTo(0.75);
        assertThat(r.nps()).isNull();
        assertThat(r.meanText()).isEqualTo("4,0");
        assertThat(r.topTwoBoxText()).isEqualTo("75,0 %");
        assertThat(r.share(r.buckets().get(4))).isEqualTo("50,0 %");
    }

    @Test
    void aRecommendationItemHasElevenBucketsAndAnNps() {
        ItemResult r = SurveyStats.of(item(3, Kind.NPS, List.of()), numbers(3, 10, 9, 7, 3));
        assertThat(r.buckets()).hasSize(11);
        assertThat(r.buckets().get(0).label()).isEqualTo("0");
        assertThat(r.buckets().get(10).count()).isEqualTo(1);
        assertThat(r.nps()).isEqualTo(25.0);
        assertThat(r.npsText()).isEqualTo("25,0");
        assertThat(r.topTwoBox()).isNull();
        assertThat(r.mean()).isEqualTo(7.25);
    }

    @Test
    void choicesCountEachOptionAndNCountsRespondentsNotTicks() {
        SurveyItem multi = item(4, Kind.MULTI, List.of("Zoom", "YouTube", "Facebook"));
        List<Answer> answers = List.of(new Answer(1, 4, null, List.of(1, 2), ""), new Answer(2, 4, null, List.of(2), ""),
                new Answer(3, 4, null, List.of(2, 3), ""));
        ItemResult r = SurveyStats.of(multi, answers);
        assertThat(r.n()).isEqualTo(3);
        assertThat(r.buckets()).extracting(SurveyStats.Bucket::count).containsExactly(1L, 3L, 1L);
        assertThat(r.share(r.buckets().get(1))).isEqualTo("100,0 %");
        assertThat(r.mean()).isNull();
    }

    @Test
    void textsAreListedAndBlankOnesLeftOut() {
        ItemResult r = SurveyStats.of(item(5, Kind.TEXT, List.of()), List.of(new Answer(1, 5, null, List.of(), "Rất bổ ích"),
                new Answer(2, 5, null, List.of(), "  "), new Answer(3, 5, null, List.of(), "Cần thêm ví dụ")));
        assertThat(r.texts()).containsExactly("Rất bổ ích", "Cần thêm ví dụ");
        assertThat(r.n()).isEqualTo(2);
    }

    @Test
    void aResponseIsPositiveWhenItsMarkerAnswerReachesTheThreshold() {
        assertThat(SurveyStats.positive(BigDecimal.valueOf(4), 4)).isTrue();
        assertThat(SurveyStats.positive(BigDecimal.valueOf(5), 4)).isTrue();
        assertThat(SurveyStats.positive(BigDecimal.valueOf(3), 4)).isFalse();
        assertThat(SurveyStats.positive(null, 4)).isFalse();
        assertThat(SurveyStats.positive(BigDecimal.valueOf(4), 5)).isFalse();
    }
}
