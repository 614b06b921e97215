package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;

/** The public survey form, refilled with what was typed after a refusal; {@code closed} or {@code done} replace the form. */
public record SurveyFormPage(Programme programme, Survey survey, String scopeText, List<SurveyItem> items, Map<String, String[]> typed,
                             String error, String closed, boolean done, String stamp, String csrfParam, String csrfToken) {

    public String action() {
        return programme.path() + "/khao-sat/" + survey.id();
    }

    public String value(String name) {
        String[] v = typed.get(name);
        return v == null || v.length == 0 || v[0] == null ? "" : v[0];
    }

    public boolean chosen(String name, String value) {
        String[] v = typed.get(name);
        if (v == null) {
            return false;
        }
        for (String x : v) {
            if (value.equals(x)) {
                return true;
            }
        }
        return false;
    }

    /** The points of a rating (1–5) or recommendation (0–10). */
    public List<Integer> points(SurveyItem i) {
        int[] s = i.kind().scale();
        return java.util.stream.IntStream.rangeClosed(s[0], s[1]).boxed().toList();
    }

    /** The options of a choice item with their numbers (from 1). */
    public List<Map.Entry<String, String>> options(SurveyItem i) {
        return java.util.stream.IntStream.range(0, i.options().size()).mapToObj(k -> Map.entry(String.valueOf(k + 1), i.options().get(k))).toList();
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }
}
