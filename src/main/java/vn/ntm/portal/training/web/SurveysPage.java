package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyStore;

/**
 * The back-office survey screens of a programme: the list with the create form and the "positive" threshold
 * ({@code survey == null}), or one survey with its items ({@code survey} set).
 */
public record SurveysPage(Programme programme, SurveyScopes scopes, List<Survey> surveys, Map<Long, long[]> counts, SurveyStore.Feedback feedback,
                          int positiveMinRating, Survey survey, List<SurveyItem> items, Map<String, String> values, String error, String notice) {

    public String base() {
        return TrainingMenu.ADMIN + "/" + programme.id() + "/khao-sat";
    }

    public String responses(Survey s) {
        return VietnameseFormat.number(counts.getOrDefault(s.id(), new long[2])[0]);
    }

    public String positive(Survey s) {
        return VietnameseFormat.number(counts.getOrDefault(s.id(), new long[2])[1]);
    }

    public boolean hasResponses() {
        return survey != null && counts.getOrDefault(survey.id(), new long[2])[0] > 0;
    }

    public String feedbackText() {
        return VietnameseFormat.number(feedback.positive()) + " ý kiến tích cực / " + VietnameseFormat.number(feedback.responses()) + " phiếu trả lời";
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public List<Survey.Timing> timings() {
        return List.of(Survey.Timing.values());
    }

    public List<Survey.Status> statuses() {
        return List.of(Survey.Status.values());
    }

    public List<SurveyItem.Kind> kinds() {
        return List.of(SurveyItem.Kind.values());
    }

    public List<Integer> levels() {
        return List.of(1, 2, 3, 4);
    }

    public String levelLabel(int level) {
        return Survey.levelLabel(level);
    }

    /** An item form's value: what was just typed (after a refusal), else the item's, else the defaults of a new item. */
    public String itemValue(SurveyItem i, String name) {
        String prefix = i == null ? "new_" : "item" + i.id() + "_";
        if (values.containsKey(prefix + "label")) {
            return values.getOrDefault(prefix + name, "");
        }
        if (i == null) {
            return switch (name) {
                case "kind" -> "RATING";
                case "position" -> String.valueOf(items.stream().mapToInt(SurveyItem::position).max().orElse(0) + 1);
                default -> "";
            };
        }
        return switch (name) {
            case "kind" -> i.kind().name();
            case "label" -> i.label();
            case "options" -> options(i);
            case "position" -> String.valueOf(i.position());
            case "required" -> i.required() ? "1" : "";
            case "positive" -> i.positiveMarker() ? "1" : "";
            default -> "";
        };
    }

    public static String options(SurveyItem i) {
        return String.join("\n", i.options());
    }
}
