package vn.ntm.portal.stats;

import java.time.Instant;

/** A client address range whose requests statistics never count (e.g. the office's own network). */
public record ExcludedRange(long id, String cidr, String note, String createdBy, Instant createdAt) {
}
