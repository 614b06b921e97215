package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zoom webinar attendee reports: sections opened by a title row ({@code Attendee Report}, {@code Report Generated:},
 * {@code Host Details}, {@code Panelist Details}, {@code Attendee Details}, {@code Other Attended}; with or without a
 * trailing comma), each followed by its own header row. The summary is found by its header (first cell
 * {@code Topic}). Older variants (no {@code Phone}, no {@code Is Guest}, {@code User Name} without
 * {@code (Original Name)}, {@code # Registrants}, {@code Source Name}) are read by the same header names; unknown
 * columns of the attendee section are the custom registration questions.
 */
final class ZoomWebinarParser {

    enum Section {
        SUMMARY, HOSTS, PANELISTS, ATTENDEES, OTHERS
    }

    enum Summary {
        TOPIC, WEBINAR_ID, START, DURATION, REGISTERED, CANCELLED, UNIQUE_VIEWERS, TOTAL_USERS, MAX_CONCURRENT
    }

    enum Column {
        ATTENDED("Attended"), NAME("User Name (Original Name)"), FIRST_NAME("First Name"), LAST_NAME("Last Name"),
        EMAIL("Email"), PHONE("Phone"), REGISTRATION_TIME("Registration Time"), APPROVAL("Approval Status"),
        JOIN("Join Time"), LEAVE("Leave Time"), MINUTES("Time in Session (minutes)"), GUEST("Is Guest"),
        COUNTRY("Country/Region Name"), SOURCE("Source Name");

        final String label;

        Column(String label) {
            this.label = label;
        }
    }

    static final Map<String, Section> TITLES = Map.of(
            "attendee report", Section.SUMMARY,
            "webinar report", Section.SUMMARY,
            "host details", Section.HOSTS,
            "panelist details", Section.PANELISTS,
            "attendee details", Section.ATTENDEES,
            "other attended", Section.OTHERS);

    static final Map<String, Summary> SUMMARY = Map.ofEntries(
            Map.entry("topic", Summary.TOPIC),
            Map.entry("webinar id", Summary.WEBINAR_ID),
            Map.entry("actual start time", Summary.START),
            Map.entry("start time", Summary.START),
            Map.entry("actual duration (minutes)", Summary.DURATION),
            Map.entry("duration (minutes)", Summary.DURATION),
            Map.entry("# registered", Summary.REGISTERED),
            Map.entry("# registrants", Summary.REGISTERED),
            Map.entry("# cancelled", Summary.CANCELLED),
            Map.entry("unique viewers", Summary.UNIQUE_VIEWERS),
            Map.entry("total users", Summary.TOTAL_USERS),
            Map.entry("max concurrent views", Summary.MAX_CONCURRENT));

    static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("attended", Column.ATTENDED),
            Map.entry("user name (original name)", Column.NAME),
            Map.entry("name (original name)", Column.NAME),
            Map.entry("user name", Column.NAME),
            Map.entry("name", Column.NAME),
            Map.entry("first name", Column.FIRST_NAME),
            Map.entry("last name", Column.LAST_NAME),
            Map.entry("email", Column.EMAIL),
            Map.entry("user email", Column.EMAIL),
            Map.entry("phone", Column.PHONE),
            Map.entry("registration time", Column.REGISTRATION_TIME),
            Map.entry("approval status", Column.APPROVAL),
            Map.entry("join time", Column.JOIN),
            Map.entry("leave time", Column.LEAVE),
            Map.entry("time in session (minutes)", Column.MINUTES),
            Map.entry("duration (minutes)", Column.MINUTES),
            Map.entry("is guest", Column.GUEST),
            Map.entry("guest", Column.GUEST),
            Map.entry("country/region name", Column.COUNTRY),
            Map.entry("country/region", Column.COUNTRY),
            Map.entry("source name", Column.SOURCE));

    private static final java.util.Set<Column> REQUIRED = java.util.EnumSet.of(Column.NAME, Column.JOIN, Column.LEAVE);

    /** A section's header and data rows; {@code dateColumns} are the cells that decide the day/month order. */
    private record Block(Section section, int headerIndex, int[] dateColumns, List<Integer> rows) {
    }

    private ZoomWebinarParser() {
    }

    /** True when a record is a section title (first cell a known title, nothing else but a value for "Report Generated"). */
    static Section title(String[] rec) {
        String key = Cells.firstKey(rec);
        Section s = TITLES.get(key);
        return s != null && Cells.filled(rec) == 1 ? s : null;
    }

    static ZoomWebinarReport parse(List<String[]> records, ImportOptions options) {
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        DateOrderDetector detector = new DateOrderDetector();
        String generatedText = null;
        int generatedRow = 0;
        Section current = null;
        Block block = null;
        for (int i = 0; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            String first = Cells.firstKey(rec);
            if (first.equals("report generated")) {
                generatedText = Cells.text(rec, 1);
                generatedRow = i + 1;
                continue;
            }
            Section t = title(rec);
            if (t != null) {
                current = t;
                block = null;
                continue;
            }
            if (first.equals("topic") && Header.looksLikeHeader(rec, SUMMARY, 3)) {
                current = Section.SUMMARY;
                int start = Header.of(i + 1, rec, Summary.class, SUMMARY).index(Summary.START);
                block = new Block(Section.SUMMARY, i, new int[] {start}, new ArrayList<>());
                blocks.add(block);
                continue;
            }
            if (current == null || current == Section.SUMMARY && block == null) {
                warnings.add("Dòng " + (i + 1) + ": dòng nằm ngoài các phần của báo cáo, đã bỏ qua.");
                continue;
            }
            if (block == null) {
                if (!Header.looksLikeHeader(rec, COLUMNS, 2)) {
                    errors.add(ImportError.atRow(i + 1, "cần dòng tiêu đề cột ngay sau tên phần \"" + sectionTitle(current) + "\"."));
                    current = null;
                    continue;
                }
                Header<Column> h = Header.of(i + 1, rec, Column.class, COLUMNS);
                block = new Block(current, i, new int[] {h.index(Column.JOIN), h.index(Column.LEAVE),
                        h.index(Column.REGISTRATION_TIME)}, new ArrayList<>());
                blocks.add(block);
                continue;
            }
            block.rows().add(i);
            for (int column : block.dateColumns()) {
                detector.offer(Cells.text(rec, column));
            }
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        Instant generated = generatedText == null ? null
                : RowReading.instant(generatedRow, generatedText, "thời gian tạo báo cáo", false, dates, errors);

        WebinarSummary summary = null;
        List<WebinarParticipant> hosts = new ArrayList<>();
        List<WebinarParticipant> panelists = new ArrayList<>();
        List<WebinarParticipant> attendees = new ArrayList<>();
        List<OtherAttendee> others = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        boolean anyParticipantSection = false;
        for (Block b : blocks) {
            if (b.section() == Section.SUMMARY) {
                Header<Summary> h = Header.of(b.headerIndex() + 1, records.get(b.headerIndex()), Summary.class, SUMMARY);
                if (b.rows().isEmpty()) {
                    warnings.add("Dòng " + h.row() + ": phần tổng hợp không có dòng số liệu.");
                } else if (summary == null) {
                    int idx = b.rows().get(0);
                    summary = summary(h, records.get(idx), idx + 1, dates, errors);
                }
                continue;
            }
            anyParticipantSection = true;
            Header<Column> h = Header.of(b.headerIndex() + 1, records.get(b.headerIndex()), Column.class, COLUMNS);
            List<Column> missing = h.missing(REQUIRED);
            if (!missing.isEmpty()) {
                errors.add(h.missingError(missing, c -> c.label));
                continue;
            }
            if (b.section() == Section.OTHERS) {
                for (int idx : b.rows()) {
                    OtherAttendee o = other(h, records.get(idx), idx + 1, dates, errors);
                    if (o != null) {
                        others.add(o);
                    }
                }
                continue;
            }
            WebinarRole role = switch (b.section()) {
                case HOSTS -> WebinarRole.HOST;
                case PANELISTS -> WebinarRole.PANELIST;
                default -> WebinarRole.ATTENDEE;
            };
            if (role == WebinarRole.ATTENDEE) {
                for (Header.Extra e : h.extras()) {
                    if (!questions.contains(e.original())) {
                        questions.add(e.original());
                    }
                }
            }
            List<WebinarParticipant> target = role == WebinarRole.HOST ? hosts : role == WebinarRole.PANELIST ? panelists : attendees;
            for (int idx : b.rows()) {
                WebinarParticipant p = participant(role, h, records.get(idx), idx + 1, dates, warnings, errors);
                if (p != null) {
                    target.add(p);
                }
            }
        }
        if (!anyParticipantSection && errors.isEmpty()) {
            errors.add(ImportError.ofFile("Không tìm thấy phần \"Attendee Details\" (danh sách người tham dự) trong báo cáo webinar."));
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        return new ZoomWebinarReport(generated, summary, hosts, panelists, attendees, others, questions, warnings, errors);
    }

    private static String sectionTitle(Section s) {
        return switch (s) {
            case SUMMARY -> "Attendee Report";
            case HOSTS -> "Host Details";
            case PANELISTS -> "Panelist Details";
            case ATTENDEES -> "Attendee Details";
            case OTHERS -> "Other Attended";
        };
    }

    private static WebinarSummary summary(Header<Summary> h, String[] v, int row, DateTimes dates, List<ImportError> errors) {
        return new WebinarSummary(
                Cells.text(v, h.index(Summary.TOPIC)),
                RowReading.identifier(row, Cells.text(v, h.index(Summary.WEBINAR_ID)), "mã webinar", errors),
                RowReading.instant(row, Cells.text(v, h.index(Summary.START)), "thời gian bắt đầu", false, dates, errors),
                RowReading.minutes(row, Cells.text(v, h.index(Summary.DURATION)), errors),
                RowReading.count(row, Cells.text(v, h.index(Summary.REGISTERED)), "số người đăng ký", errors),
                RowReading.count(row, Cells.text(v, h.index(Summary.CANCELLED)), "số người hủy đăng ký", errors),
                RowReading.count(row, Cells.text(v, h.index(Summary.UNIQUE_VIEWERS)), "số người xem (Unique Viewers)", errors),
                RowReading.count(row, Cells.text(v, h.index(Summary.TOTAL_USERS)), "tổng số người dùng", errors),
                RowReading.count(row, Cells.text(v, h.index(Summary.MAX_CONCURRENT)), "số người xem cùng lúc cao nhất", errors));
    }

    private static WebinarParticipant participant(WebinarRole role, Header<Column> h, String[] rec, int row, DateTimes dates,
                                                  List<String> warnings, List<ImportError> errors) {
        int before = errors.size();
        String[] names = ZoomNames.split(Cells.text(rec, h.index(Column.NAME)));
        String joinText = Cells.text(rec, h.index(Column.JOIN));
        String leaveText = Cells.text(rec, h.index(Column.LEAVE));
        Boolean attendedFlag = RowReading.flag(row, Cells.text(rec, h.index(Column.ATTENDED)), h.original(Column.ATTENDED), errors);
        boolean attended = attendedFlag != null ? attendedFlag : joinText != null;
        if (names[0] == null) {
            errors.add(ImportError.atRow(row, "thiếu tên người tham dự."));
        }
        Instant join = RowReading.instant(row, joinText, "thời gian vào phòng", attended, dates, errors);
        Instant leave = RowReading.instant(row, leaveText, "thời gian rời phòng", attended, dates, errors);
        RowReading.checkOrder(row, join, leave, joinText, leaveText, errors);
        Instant registered = RowReading.instant(row, Cells.text(rec, h.index(Column.REGISTRATION_TIME)), "thời gian đăng ký", false, dates, errors);
        Integer minutes = RowReading.minutes(row, Cells.text(rec, h.index(Column.MINUTES)), errors);
        Boolean guest = RowReading.flag(row, Cells.text(rec, h.index(Column.GUEST)), h.original(Column.GUEST), errors);
        String phone = Cells.phone(row, Cells.text(rec, h.index(Column.PHONE)), warnings, errors);
        Map<String, String> answers = new LinkedHashMap<>();
        if (role == WebinarRole.ATTENDEE) {
            for (Header.Extra e : h.extras()) {
                String value = Cells.text(rec, e.index());
                if (value != null) {
                    answers.put(e.original(), value);
                }
            }
        }
        if (errors.size() != before) {
            return null;
        }
        return new WebinarParticipant(row, role, attended, names[0], names[1], Cells.text(rec, h.index(Column.FIRST_NAME)),
                Cells.text(rec, h.index(Column.LAST_NAME)), Cells.text(rec, h.index(Column.EMAIL)), phone, registered,
                Cells.text(rec, h.index(Column.APPROVAL)), join, leave, minutes, guest, Cells.text(rec, h.index(Column.COUNTRY)),
                Cells.text(rec, h.index(Column.SOURCE)), answers);
    }

    private static OtherAttendee other(Header<Column> h, String[] rec, int row, DateTimes dates, List<ImportError> errors) {
        int before = errors.size();
        String name = Cells.text(rec, h.index(Column.NAME));
        String joinText = Cells.text(rec, h.index(Column.JOIN));
        String leaveText = Cells.text(rec, h.index(Column.LEAVE));
        Instant join = RowReading.instant(row, joinText, "thời gian vào phòng", true, dates, errors);
        Instant leave = RowReading.instant(row, leaveText, "thời gian rời phòng", true, dates, errors);
        RowReading.checkOrder(row, join, leave, joinText, leaveText, errors);
        Integer minutes = RowReading.minutes(row, Cells.text(rec, h.index(Column.MINUTES)), errors);
        if (errors.size() != before) {
            return null;
        }
        return new OtherAttendee(row, name, join, leave, minutes, Cells.text(rec, h.index(Column.COUNTRY)));
    }
}
