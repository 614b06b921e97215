package vn.ntm.portal.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.domain.SurveyItem.Kind;

/**
 * The statistics of a survey's items, pure arithmetic: per item the number of answers {@code n}, the distribution,
 * the mean (ratings, recommendations, numbers), the top-2-box (share of 4 and 5 among the answers of a 1–5 rating)
 * and the Net Promoter Score of a 0–10 recommendation (percentage of 9–10 minus percentage of 0–6, −100 … 100).
 */
public final class SurveyStats {

    /** One stored answer; {@code choices} are numbered from 1. */
    public record Answer(long responseId, long itemId, BigDecimal number, List<Integer> choices, String text) {
    }

    /** One bar of a distribution. */
    public record Bucket(String label, long count) {
    }

    /** The figures of one item; the measures that do not apply to its kind are null. */
    public record ItemResult(SurveyItem item, long n, List<Bucket> buckets, Double mean, Double topTwoBox, Double nps, List<String> texts) {

        public String meanText() {
            return mean == null ? "–" : VietnameseFormat.oneDecimal(mean);
        }

        public String topTwoBoxText() {
            return topTwoBox == null ? "–" : VietnameseFormat.oneDecimal(topTwoBox * 100) + " %";
        }

        public String npsText() {
            return nps == null ? "–" : VietnameseFormat.oneDecimal(nps);
        }

        /** The share of a bucket among the answers, "12,5 %". */
        public String share(Bucket b) {
            return n == 0 ? "–" : VietnameseFormat.oneDecimal(100.0 * b.count() / n) + " %";
        }
    }

    private SurveyStats() {
    }

    /** The arithmetic mean, or null when there is nothing. */
    public static Double mean(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Number v : values) {
            sum = sum.add(new BigDecimal(v.toString()));
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 10, RoundingMode.HALF_UP).doubleValue();
    }

    /** The share (0–1) of 4 and 5 among 1–5 ratings, or null when there is none. */
    public static Double topTwoBox(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        return (double) ratings.stream().filter(r -> r >= 4).count() / ratings.size();
    }

    /** Promoters (9–10) minus detractors (0–6), in percent of all 0–10 answers, or null when there is none. */
    public static Double nps(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return 100.0 * (promoters - detractors) / scores.size();
    }

    /** Whether a marker answer makes a response positive. */
    public static boolean positive(BigDecimal markerAnswer, int minRating) {
        return markerAnswer != null && markerAnswer.compareTo(BigDecimal.valueOf(minRating)) >= 0;
    }

    /** The figures of one item from its answers (answers of other items are ignored). */
    public static ItemResult of(SurveyItem item, List<Answer> all) {
        List<Answer> answers = all.stream().filter(a -> a.itemId() == item.id()).toList();
        Kind kind = item.kind();
        List<Bucket> buckets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Double mean = null;
        Double top = null;
        Double nps = null;
        long n;
        if (kind.scale() != null) {
            List<Integer> values = answers.stream().filter(a -> a.number() != null).map(a -> a.number().intValue()).toList();
            n = values.size();
            for (int v = kind.scale()[0]; v <= kind.scale()[1]; v++) {
                int value = v;
                buckets.add(new Bucket(String.valueOf(v), values.stream().filter(x -> x == value).count()));
            }
            mean = mean(values);
            if (kind == Kind.RATING) {
                top = topTwoBox(values);
            } else {
                nps = nps(values);
            }
        } else if (kind == Kind.NUMBER) {
            List<BigDecimal> values = answers.stream().map(Answer::number).filter(x -> x != null).toList();
            n = values.size();
            mean = mean(values);
        } else if (kind.choices()) {
            List<Answer> chosen = answers.stream().filter(a -> !a.choices().isEmpty()).toList();
            n = chosen.size();
            for (int i = 0; i < item.options().size(); i++) {
                int choice = i + 1;
                buckets.add(new Bucket(item.options().get(i), chosen.stream().filter(a -> a.choices().contains(choice)).count()));
            }
        } else {
            answers.stream().map(Answer::text).filter(t -> t != null && !t.isBlank()).forEach(texts::add);
            n = texts.size();
        }
        return new ItemResult(item, n, buckets, mean, top, nps, texts);
    }
}
