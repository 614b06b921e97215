package vn.ntm.portal.training.imports;

import java.time.Instant;

/** A row of "Other Attended": someone who watched without a registration. Reach, never identified attendance. */
public record OtherAttendee(int row, String name, Instant join, Instant leave, Integer minutes, String country) {
}
