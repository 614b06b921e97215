package vn.ntm.portal.news.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.web.UserInputException;

/** Dates and times as the back office's forms send and show them, in Vietnam time. */
public final class AdminTime {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private AdminTime() {
    }

    static Instant parseLocal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(VietnameseFormat.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserInputException(400, "Thời gian không hợp lệ: " + text);
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return VietnameseFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, "Ngày không hợp lệ: " + text);
        }
    }

    /** For a {@code datetime-local} input. */
    public static String input(Instant i) {
        return i == null ? "" : LOCAL_INPUT.format(i.atZone(VietnameseFormat.ZONE));
    }

    public static String shortTime(Instant i) {
        return i == null ? "" : SHORT.format(i.atZone(VietnameseFormat.ZONE));
    }

    public static String hour(Instant i) {
        return i == null ? "" : HOUR.format(i.atZone(VietnameseFormat.ZONE));
    }
}
