package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Groups Zoom rows into people. A person is their e-mail address when the row has one (case-insensitive), otherwise
 * their original (account) name, folded: diacritics removed, lower case, white space collapsed. Two devices of one
 * person without sign-in thus merge when they show the same name; a device with and one without an e-mail address stay
 * two people here and meet again when both match the same registration ({@link RegistrationMatcher}).
 */
public final class ZoomPeople {

    private ZoomPeople() {
    }

    /** The grouping key of a meeting row. */
    public static String keyOf(ZoomInterval i) {
        return key(i.email(), i.originalName());
    }

    /** {@code email:<address>} or {@code name:<folded name>}. */
    public static String key(String email, String name) {
        if (email != null && !email.isBlank()) {
            return "email:" + email.strip().toLowerCase(Locale.ROOT);
        }
        return "name:" + nameKey(name);
    }

    /** Meeting rows to people in order of first appearance; waiting-room rows and rows without times are left out. */
    public static List<ZoomPerson> group(List<ZoomInterval> rows) {
        Map<String, Builder> people = new LinkedHashMap<>();
        for (ZoomInterval i : rows) {
            if (i.inWaitingRoom() || i.join() == null || i.leave() == null) {
                continue;
            }
            people.computeIfAbsent(keyOf(i), k -> new Builder(k, i.name(), i.originalName(), i.email(), null))
                    .add(new Interval(i.join(), i.leave()), i.row());
        }
        return build(people);
    }

    /**
     * Webinar attendees and panelists who attended, to people: with their registration phone and, when
     * {@code provinceQuestion} names a custom registration question (e.g. "Tỉnh/Thành phố"), its answer as written in
     * {@link ZoomPerson#provinceCode()} for the caller to resolve (null to skip). Hosts and "Other Attended" are not
     * identified attendance and are left out.
     */
    public static List<ZoomPerson> group(ZoomWebinarReport report, String provinceQuestion) {
        Map<String, Builder> people = new LinkedHashMap<>();
        List<WebinarParticipant> all = new ArrayList<>(report.panelists());
        all.addAll(report.attendees());
        for (WebinarParticipant p : all) {
            if (!p.attended() || p.join() == null || p.leave() == null) {
                continue;
            }
            String province = provinceQuestion == null ? null : p.answers().get(provinceQuestion);
            people.computeIfAbsent(key(p.email(), p.originalName()),
                            k -> new Builder(k, p.name(), p.originalName(), p.email(), p.phone()).province(province))
                    .add(new Interval(p.join(), p.leave()), p.row());
        }
        return build(people);
    }

    private static List<ZoomPerson> build(Map<String, Builder> people) {
        List<ZoomPerson> out = new ArrayList<>(people.size());
        for (Builder b : people.values()) {
            out.add(new ZoomPerson(b.key, b.name, b.originalName, b.email, b.phone, b.province, b.intervals, b.rows));
        }
        return out;
    }

    /**
     * Folded, lower-case, single-spaced, as {@link VietnameseText#nameKey} gives it, through a lookup table for the
     * Latin letters Vietnamese uses (the text is NFC already); other scripts go through {@code VietnameseText}.
     */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            char folded;
            if (c < 128) {
                folded = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c < FOLD.length && FOLD[c] != 0) {
                folded = FOLD[c];
            } else {
                return VietnameseText.nameKey(name);
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(folded);
        }
        return sb.toString();
    }

    /** For U+0080–U+1EFF: the folded lower-case letter of a precomposed Latin letter whose fold is one ASCII letter, else 0. */
    private static final char[] FOLD = foldTable();

    private static char[] foldTable() {
        char[] table = new char[0x1F00];
        for (char c = 0x80; c < table.length; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String f = VietnameseText.nameKey(String.valueOf(c));
            if (f.length() == 1 && f.charAt(0) < 128) {
                table[c] = f.charAt(0);
            }
        }
        return table;
    }

    private static final class Builder {
        final String key;
        final String name;
        final String originalName;
        String email;
        String phone;
        String province;
        final List<Interval> intervals = new ArrayList<>(2);
        final List<Integer> rows = new ArrayList<>(2);

        Builder(String key, String name, String originalName, String email, String phone) {
            this.key = key;
            this.name = name;
            this.originalName = originalName;
            this.email = email;
            this.phone = phone;
        }

        Builder province(String p) {
            if (province == null) {
                province = p;
            }
            return this;
        }

        void add(Interval i, int row) {
            intervals.add(i);
            rows.add(row);
        }
    }
}
