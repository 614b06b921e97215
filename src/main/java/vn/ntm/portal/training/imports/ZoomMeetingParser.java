package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zoom meeting participant reports: the classic header ({@code Name (Original Name),User Email,Join Time,Leave Time,
 * Duration (Minutes),Guest[,Recording Consent][,In Waiting Room]}), the sentence-case one ({@code Name (original
 * name),Email,Join time,…,Recording disclaimer response,In waiting room}), with or without the meeting-data preamble
 * (old {@code Meeting ID,Topic,Start Time,…} or new {@code Topic,ID,Duration (minutes),…}) followed by a blank row or a
 * row of commas. Columns are found by name; their order does not matter.
 */
final class ZoomMeetingParser {

    enum Column {
        NAME("Name (Original Name)"), EMAIL("User Email"), JOIN("Join Time"), LEAVE("Leave Time"),
        DURATION("Duration (Minutes)"), GUEST("Guest"), CONSENT("Recording Consent"), WAITING_ROOM("In Waiting Room");

        final String label;

        Column(String label) {
            this.label = label;
        }
    }

    enum Meeting {
        MEETING_ID, TOPIC, START, END, HOST_EMAIL, DURATION, PARTICIPANTS
    }

    static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("name (original name)", Column.NAME),
            Map.entry("user name (original name)", Column.NAME),
            Map.entry("name", Column.NAME),
            Map.entry("user name", Column.NAME),
            Map.entry("participant", Column.NAME),
            Map.entry("user email", Column.EMAIL),
            Map.entry("email", Column.EMAIL),
            Map.entry("join time", Column.JOIN),
            Map.entry("leave time", Column.LEAVE),
            Map.entry("duration (minutes)", Column.DURATION),
            Map.entry("time in session (minutes)", Column.DURATION),
            Map.entry("duration", Column.DURATION),
            Map.entry("guest", Column.GUEST),
            Map.entry("is guest", Column.GUEST),
            Map.entry("recording consent", Column.CONSENT),
            Map.entry("recording disclaimer response", Column.CONSENT),
            Map.entry("in waiting room", Column.WAITING_ROOM));

    static final Map<String, Meeting> MEETING = Map.ofEntries(
            Map.entry("meeting id", Meeting.MEETING_ID),
            Map.entry("id", Meeting.MEETING_ID),
            Map.entry("topic", Meeting.TOPIC),
            Map.entry("start time", Meeting.START),
            Map.entry("end time", Meeting.END),
            Map.entry("user email", Meeting.HOST_EMAIL),
            Map.entry("host email", Meeting.HOST_EMAIL),
            Map.entry("duration (minutes)", Meeting.DURATION),
            Map.entry("participants", Meeting.PARTICIPANTS));

    private static final Set<Column> REQUIRED = EnumSet.of(Column.NAME, Column.JOIN, Column.LEAVE);

    private ZoomMeetingParser() {
    }

    static ZoomMeetingReport parse(List<String[]> records, ImportOptions options) {
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        int r = nextFilled(records, 0);
        String[] preambleHeader = null;
        String[] preambleValues = null;
        int preambleRow = 0;
        if (r < records.size() && isPreambleHeader(records.get(r))) {
            preambleHeader = records.get(r);
            preambleRow = r + 1;
            int v = r + 1;
            if (v < records.size() && !Cells.isEmpty(records.get(v))) {
                preambleValues = records.get(v);
                v++;
            }
            r = nextFilled(records, v);
        }
        if (r >= records.size() || !Header.looksLikeHeader(records.get(r), COLUMNS, 2)) {
            errors.add(ImportError.ofFile("Không tìm thấy dòng tiêu đề của bảng người tham gia (các cột \"Name (Original Name)\", "
                    + "\"Join Time\", \"Leave Time\")."));
            return new ZoomMeetingReport(null, List.of(), warnings, errors);
        }
        Header<Column> header = Header.of(r + 1, records.get(r), Column.class, COLUMNS);
        List<Column> missing = header.missing(REQUIRED);
        if (!missing.isEmpty()) {
            errors.add(header.missingError(missing, c -> c.label));
            return new ZoomMeetingReport(null, List.of(), warnings, errors);
        }
        int first = r + 1;
        int join = header.index(Column.JOIN);
        int leave = header.index(Column.LEAVE);
        DateOrderDetector detector = new DateOrderDetector();
        for (int i = first; i < records.size(); i++) {
            String[] rec = records.get(i);
            detector.offer(Cells.text(rec, join));
            detector.offer(Cells.text(rec, leave));
        }
        if (preambleValues != null) {
            Header<Meeting> ph = Header.of(preambleRow, preambleHeader, Meeting.class, MEETING);
            detector.offer(Cells.text(preambleValues, ph.index(Meeting.START)));
            detector.offer(Cells.text(preambleValues, ph.index(Meeting.END)));
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        MeetingSummary summary = preambleValues == null ? null
                : summary(Header.of(preambleRow, preambleHeader, Meeting.class, MEETING), preambleValues, preambleRow + 1, dates, errors);

        int name = header.index(Column.NAME);
        int email = header.index(Column.EMAIL);
        int duration = header.index(Column.DURATION);
        int guest = header.index(Column.GUEST);
        int consent = header.index(Column.CONSENT);
        int waiting = header.index(Column.WAITING_ROOM);
        List<ZoomInterval> intervals = new ArrayList<>(records.size() - first);
        for (int i = first; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            int row = i + 1;
            int before = errors.size();
            String[] names = ZoomNames.split(Cells.text(rec, name));
            if (names[0] == null) {
                errors.add(ImportError.atRow(row, "thiếu tên người tham gia."));
            }
            String joinText = Cells.text(rec, join);
            String leaveText = Cells.text(rec, leave);
            Instant joined = RowReading.instant(row, joinText, "thời gian vào phòng", true, dates, errors);
            Instant left = RowReading.instant(row, leaveText, "thời gian rời phòng", true, dates, errors);
            RowReading.checkOrder(row, joined, left, joinText, leaveText, errors);
            Integer minutes = RowReading.minutes(row, Cells.text(rec, duration), errors);
            Boolean isGuest = RowReading.flag(row, Cells.text(rec, guest), header.original(Column.GUEST), errors);
            Boolean inWaitingRoom = RowReading.flag(row, Cells.text(rec, waiting), header.original(Column.WAITING_ROOM), errors);
            if (errors.size() == before) {
                intervals.add(new ZoomInterval(row, names[0], names[1], Cells.text(rec, email), joined, left, minutes, isGuest,
                        Boolean.TRUE.equals(inWaitingRoom), Cells.text(rec, consent)));
            }
        }
        if (intervals.isEmpty() && errors.isEmpty()) {
            errors.add(ImportError.ofFile("Báo cáo không có dòng người tham gia nào."));
        }
        return new ZoomMeetingReport(summary, intervals, warnings, errors);
    }

    private static boolean isPreambleHeader(String[] rec) {
        boolean id = false;
        boolean topic = false;
        for (String cell : rec) {
            String k = HeaderNames.normalise(cell);
            if (COLUMNS.containsKey(k) && !k.equals("user email") && !k.equals("email") && !k.startsWith("duration")) {
                return false;
            }
            id |= k.equals("meeting id") || k.equals("id");
            topic |= k.equals("topic");
        }
        return id || topic;
    }

    private static MeetingSummary summary(Header<Meeting> h, String[] values, int row, DateTimes dates, List<ImportError> errors) {
        String id = RowReading.identifier(row, Cells.text(values, h.index(Meeting.MEETING_ID)), "mã cuộc họp", errors);
        Instant start = RowReading.instant(row, Cells.text(values, h.index(Meeting.START)), "thời gian bắt đầu", false, dates, errors);
        Instant end = RowReading.instant(row, Cells.text(values, h.index(Meeting.END)), "thời gian kết thúc", false, dates, errors);
        Integer duration = RowReading.minutes(row, Cells.text(values, h.index(Meeting.DURATION)), errors);
        Integer participants = RowReading.count(row, Cells.text(values, h.index(Meeting.PARTICIPANTS)), "số người tham gia", errors);
        return new MeetingSummary(id, Cells.text(values, h.index(Meeting.TOPIC)), start, end,
                Cells.text(values, h.index(Meeting.HOST_EMAIL)), duration, participants);
    }

    static int nextFilled(List<String[]> records, int from) {
        int r = from;
        while (r < records.size() && Cells.isEmpty(records.get(r))) {
            r++;
        }
        return r;
    }
}
