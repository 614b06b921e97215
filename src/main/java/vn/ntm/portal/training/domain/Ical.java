package vn.ntm.portal.training.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar of a programme's sessions: one VEVENT per session with a stable UID, DTSTART/DTEND in
 * UTC, SUMMARY, DESCRIPTION and URL. Text values escape backslash, semicolon, comma and newlines; content
 * lines are folded at 75 octets (never inside a UTF-8 sequence) with CRLF and one space.
 */
public final class Ical {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What one event says. */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String location, String url) {
    }

    private Ical() {
    }

    public static String calendar(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//NTM Portal//Tap huan//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null && !e.location().isEmpty()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: {@code \ ; ,} and newlines escaped. */
    public static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append("\\n");
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets (without its CRLF). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
