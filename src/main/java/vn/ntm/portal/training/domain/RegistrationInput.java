package vn.ntm.portal.training.domain;

import java.util.List;

/**
 * A checked registration as the form gives it: phone in {@code +84…} form (or null), e-mail (or null), at least
 * one of the two; {@code answersJson} the custom answers as a JSON object keyed by question id.
 */
public record RegistrationInput(String fullName, Gender gender, Integer birthYear, String organisation, String jobTitle,
                                Level level, String provinceCode, String commune, String phone, String email,
                                Category category, ProducerType producerType, String productName, List<Long> topicIds,
                                Delivery channelWanted, boolean acceptLivestream, String question, String answersJson) {

    /** Whether the registrant asked the speakers something (it then becomes a question of the topic). */
    public boolean hasQuestion() {
        return question != null && !question.isBlank();
    }
}
