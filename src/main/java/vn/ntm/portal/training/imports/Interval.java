package vn.ntm.portal.training.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open time interval [start, end). */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " > " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
