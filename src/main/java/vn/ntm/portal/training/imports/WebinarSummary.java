package vn.ntm.portal.training.imports;

import java.time.Instant;

/**
 * The summary row of a webinar attendee report, as Zoom states it (kept beside our own computed figures); any field is
 * null when its column is absent.
 */
public record WebinarSummary(String topic, String webinarId, Instant actualStart, Integer actualDurationMinutes,
                             Integer registered, Integer cancelled, Integer uniqueViewers, Integer totalUsers,
                             Integer maxConcurrentViews) {
}
