package vn.ntm.portal.training.domain;

import java.time.Instant;

/** A session ("buổi") with its time window. */
public record Session(long id, long programmeId, int number, String title, Instant startsAt, Instant endsAt, String location,
                      boolean online) {

    /** "Thứ ba, 28/09/2021, 08:00–11:30". */
    public String whenText() {
        return TrainingDates.window(startsAt, endsAt);
    }

    /** "Buổi 1" or "Buổi 1: title". */
    public String heading() {
        return title == null || title.isBlank() ? "Buổi " + number : "Buổi " + number + ": " + title;
    }
}
