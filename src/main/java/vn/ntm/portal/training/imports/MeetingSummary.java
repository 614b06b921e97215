package vn.ntm.portal.training.imports;

import java.time.Instant;

/**
 * The meeting-data preamble of a Zoom participant report ("export with meeting data"), as the report states it; any
 * field may be null when its column is absent.
 */
public record MeetingSummary(String meetingId, String topic, Instant start, Instant end, String hostEmail,
                             Integer durationMinutes, Integer participants) {
}
