package vn.ntm.portal.training.imports;

import java.time.Instant;

/**
 * One join/leave row of a Zoom meeting participant report (a person who reconnects or uses two devices has several).
 *
 * @param row the spreadsheet row it came from
 * @param name the name shown in the meeting (after any rename)
 * @param originalName the Zoom account's name ({@code (Original Name)}); equal to {@code name} when not renamed
 * @param email as written, or null (guests and people not signed in have none)
 * @param durationMinutes the report's own figure for this row, or null
 * @param guest null when the file has no {@code Guest} column
 * @param inWaitingRoom true for the time spent in the waiting room: that is not attendance
 * @param recordingConsent the {@code Recording Consent} cell as written, or null
 */
public record ZoomInterval(int row, String name, String originalName, String email, Instant join, Instant leave,
                           Integer durationMinutes, Boolean guest, boolean inWaitingRoom, String recordingConsent) {
}
