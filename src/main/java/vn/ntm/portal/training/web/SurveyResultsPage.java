package vn.ntm.portal.training.web;

import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.SurveyResults;

/** The results screen of one survey. */
public record SurveyResultsPage(Programme programme, SurveyScopes scopes, SurveyResults r) {

    public String base() {
        return TrainingMenu.ADMIN + "/" + programme.id() + "/khao-sat/" + r.survey().id();
    }

    public List<Category> categories() {
        return List.copyOf(r.byCategory().keySet());
    }

    public String number(long n) {
        return VietnameseFormat.number(n);
    }

    public String count(Category c) {
        return VietnameseFormat.number(r.categoryCounts().getOrDefault(c, 0L));
    }
}
