package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the Host, Panelist or Attendee Details section of a Zoom webinar attendee report. A registrant who did not
 * come ({@code Attended = No}) has null times; one who came several times has several rows.
 *
 * @param name the name shown in the webinar; {@code originalName} the account name, equal to it when not renamed or
 *             when the file has no {@code (Original Name)}
 * @param phone in {@code +84…} form when it is a Vietnamese number, else as written, or null
 * @param guest null when the file has no {@code Is Guest} column
 * @param answers the custom registration questions, by their header as written, empty answers left out
 */
public record WebinarParticipant(int row, WebinarRole role, boolean attended, String name, String originalName,
                                 String firstName, String lastName, String email, String phone, Instant registrationTime,
                                 String approvalStatus, Instant join, Instant leave, Integer minutes, Boolean guest,
                                 String country, String sourceName, Map<String, String> answers) {

    public WebinarParticipant {
        answers = Map.copyOf(answers);
    }
}
