package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.List;

/**
 * A question of a Zoom webinar Q&amp;A report.
 *
 * @param number the report's {@code #}, or null
 * @param askerName null for anonymous questions
 * @param answers the answers as Zoom wrote them (live answers read "Answered live" or similar), possibly empty
 * @param askedAt the question time when the report has one, else null
 */
public record QaQuestion(int row, Integer number, String question, String askerName, String askerEmail,
                         List<String> answers, Instant askedAt) {

    public QaQuestion {
        answers = List.copyOf(answers);
    }
}
