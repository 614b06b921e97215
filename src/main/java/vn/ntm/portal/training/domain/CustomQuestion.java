package vn.ntm.portal.training.domain;

import java.util.List;

/**
 * An organiser's question on the registration form. With {@code showIfQuestionId} it applies only when that
 * question's answer equals (or, for multi-choice, contains) {@code showIfValue}.
 */
public record CustomQuestion(long id, long programmeId, int position, String label, QuestionKind kind, List<String> options,
                             boolean required, Long showIfQuestionId, String showIfValue) {

    public String field() {
        return "q" + id;
    }
}
