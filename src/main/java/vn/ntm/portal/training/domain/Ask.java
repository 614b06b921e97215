package vn.ntm.portal.training.domain;

import java.time.Instant;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A learner's question on a topic ("Hỏi đáp theo chuyên đề"), asked on the site, on the registration form or in a
 * Zoom webinar's Q&A. Only an approved question with an answer may be published.
 */
public record Ask(long id, long programmeId, Long topicId, Long sessionId, Long registrationId, String registrationCode,
                  AskSource source, String askerName, String body, AskStatus status, Long speakerId, String answerHtml,
                  Instant answeredAt, String answeredBy, boolean published, int upvotes, Instant createdAt, Instant updatedAt) {

    public static final int MAX_BODY = 2000;
    public static final int MAX_NAME = 100;
    public static final int MAX_ANSWER = 20000;

    public boolean answered() {
        return answeredAt != null;
    }

    /** The server's rule for publishing (the table's CHECK says the same). */
    public boolean publishable() {
        return status == AskStatus.APPROVED && answered();
    }

    /** The name shown with the question: the registrant's or the typed one, else "Học viên". */
    public String displayName() {
        return askerName == null || askerName.isBlank() ? "Học viên" : askerName;
    }

    public String createdText() {
        return VietnameseFormat.dateTime(createdAt);
    }

    public String answeredText() {
        return answeredAt == null ? "" : VietnameseFormat.dateTime(answeredAt);
    }

    public String upvotesText() {
        return VietnameseFormat.number(upvotes);
    }
}
