package vn.ntm.portal.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyStats.Answer;
import vn.ntm.portal.training.internal.SurveyStats.ItemResult;

/**
 * Everything the results screen and the exports show of one survey: per item its figures over all responses and per
 * participant category, the responses with their answers, the positive count; and the programme's topic surveys side
 * by side (their marker item's mean and top-2-box).
 */
public record SurveyResults(Survey survey, List<SurveyItem> items, List<ItemResult> results, Map<Category, List<ItemResult>> byCategory,
                            Map<Category, Long> categoryCounts, List<SurveyStore.Response> responses, Map<Long, List<Answer>> answersByResponse,
                            long positive, int positiveMinRating, List<TopicRow> topics) {

    /** A topic survey of the programme, compared by its marker item (or first rating item). */
    public record TopicRow(Survey survey, String topic, long responses, long positive, ItemResult marker) {
    }

    public static SurveyResults load(SurveyStore store, Survey s, Map<Long, String> topicNames) {
        List<SurveyItem> items = store.items(s.id());
        List<Answer> answers = store.answers(s.id(), null);
        List<ItemResult> results = items.stream().map(i -> SurveyStats.of(i, answers)).toList();
        List<SurveyStore.Response> responses = store.responses(s.id());
        Map<Category, List<ItemResult>> byCategory = new LinkedHashMap<>();
        Map<Category, Long> counts = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            long n = responses.stream().filter(r -> r.category() == c).count();
            counts.put(c, n);
            if (n > 0) {
                List<Answer> of = store.answers(s.id(), c);
                byCategory.put(c, items.stream().map(i -> SurveyStats.of(i, of)).toList());
            }
        }
        Map<Long, List<Answer>> byResponse = answers.stream().collect(Collectors.groupingBy(Answer::responseId));
        long positive = responses.stream().filter(SurveyStore.Response::positive).count();
        List<TopicRow> topics = new ArrayList<>();
        Map<Long, long[]> counts2 = store.counts(s.programmeId());
        for (Survey t : store.surveys(s.programmeId())) {
            if (t.scope() != Survey.Scope.TOPIC) {
                continue;
            }
            List<SurveyItem> ti = store.items(t.id());
            SurveyItem marker = ti.stream().filter(SurveyItem::positiveMarker).findFirst()
                    .orElse(ti.stream().filter(i -> i.kind() == SurveyItem.Kind.RATING).findFirst().orElse(null));
            long[] c = counts2.getOrDefault(t.id(), new long[2]);
            topics.add(new TopicRow(t, topicNames.getOrDefault(t.topicId(), ""), c[0], c[1],
                    marker == null ? null : SurveyStats.of(marker, store.answers(t.id(), null))));
        }
        return new SurveyResults(s, items, results, byCategory, counts, responses, byResponse, positive, store.positiveMinRating(s.programmeId()),
                topics);
    }

    public long n() {
        return responses.size();
    }

    public String positiveText() {
        return VietnameseFormat.number(positive) + " / " + VietnameseFormat.number(responses.size())
                + (responses.isEmpty() ? "" : " (" + VietnameseFormat.oneDecimal(100.0 * positive / responses.size()) + " %)");
    }

    public SurveyItem marker() {
        return items.stream().filter(SurveyItem::positiveMarker).findFirst().orElse(null);
    }

    /** What a response answered to an item, as text ("4", "Zoom; YouTube", a free text). */
    public String answerText(long responseId, SurveyItem item) {
        for (Answer a : answersByResponse.getOrDefault(responseId, List.of())) {
            if (a.itemId() != item.id()) {
                continue;
            }
            if (a.number() != null) {
                return a.number().stripTrailingZeros().toPlainString().replace('.', ',');
            }
            if (!a.choices().isEmpty()) {
                return a.choices().stream().map(c -> c >= 1 && c <= item.options().size() ? item.options().get(c - 1) : "?")
                        .collect(Collectors.joining("; "));
            }
            return a.text();
        }
        return "";
    }

    /** The item results of one category at the same position as {@code results}. */
    public ItemResult of(Category c, int index) {
        List<ItemResult> r = byCategory.get(c);
        return r == null ? null : r.get(index);
    }
}
