package vn.ntm.portal.training.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.ntm.portal.shared.VietnameseFormat;

/** vi-VN session times in Vietnam's zone. */
public final class TrainingDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TrainingDates() {
    }

    /** "Thứ ba, 28/09/2021, 08:00–11:30" (both ends on the same day) or with the end's date when it differs. */
    public static String window(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(VietnameseFormat.ZONE);
        ZonedDateTime e = end.atZone(VietnameseFormat.ZONE);
        String head = VietnameseFormat.weekday(s.getDayOfWeek()) + ", " + DATE.format(s) + ", " + TIME.format(s) + "–";
        return s.toLocalDate().equals(e.toLocalDate()) ? head + TIME.format(e) : head + TIME.format(e) + " " + DATE.format(e);
    }

    /** "Thứ ba, 28/09/2021". */
    public static String day(Instant instant) {
        ZonedDateTime s = instant.atZone(VietnameseFormat.ZONE);
        return VietnameseFormat.weekday(s.getDayOfWeek()) + ", " + DATE.format(s);
    }
}
