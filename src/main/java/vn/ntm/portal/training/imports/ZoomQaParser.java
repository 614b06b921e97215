package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zoom webinar Q&amp;A reports. Assumed layout (from Zoom's "Q&amp;A report" export; the exact columns vary by
 * version): an optional title ({@code Question And Answer Report}), {@code Report Generated:}, a summary header
 * starting with {@code Topic} and one row, then a {@code Question Details} title and the header
 * {@code #,Question,Asker Name,Asker Email,Answer(s)} (optionally {@code Question Time} / {@code Time}); a question
 * answered several times has its further answers in the cells after {@code Answer(s)} (columns without header).
 * Columns are found by name; only {@code Question} is required.
 */
final class ZoomQaParser {

    enum Column {
        NUMBER, QUESTION, ASKER_NAME, ASKER_EMAIL, ANSWERS, TIME
    }

    static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("#", Column.NUMBER),
            Map.entry("question", Column.QUESTION),
            Map.entry("asker name", Column.ASKER_NAME),
            Map.entry("asker email", Column.ASKER_EMAIL),
            Map.entry("answer(s)", Column.ANSWERS),
            Map.entry("answers", Column.ANSWERS),
            Map.entry("answer", Column.ANSWERS),
            Map.entry("question time", Column.TIME),
            Map.entry("time", Column.TIME));

    private ZoomQaParser() {
    }

    /** True when the record is the question table's header. */
    static boolean isHeader(String[] rec) {
        boolean question = false;
        boolean asker = false;
        for (String cell : rec) {
            String k = HeaderNames.normalise(cell);
            question |= k.equals("question");
            asker |= k.equals("asker name") || k.equals("asker email");
        }
        return question && asker;
    }

    static ZoomQaReport parse(List<String[]> records, ImportOptions options) {
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        String topic = null;
        String webinarId = null;
        int headerIndex = -1;
        for (int i = 0; i < records.size() && headerIndex < 0; i++) {
            String[] rec = records.get(i);
            if (Cells.firstKey(rec).equals("topic") && i + 1 < records.size()) {
                Header<ZoomWebinarParser.Summary> h = Header.of(i + 1, rec, ZoomWebinarParser.Summary.class, ZoomWebinarParser.SUMMARY);
                topic = Cells.text(records.get(i + 1), h.index(ZoomWebinarParser.Summary.TOPIC));
                webinarId = RowReading.identifier(i + 2, Cells.text(records.get(i + 1), h.index(ZoomWebinarParser.Summary.WEBINAR_ID)),
                        "mã webinar", errors);
            } else if (isHeader(rec)) {
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            errors.add(ImportError.ofFile("Không tìm thấy bảng câu hỏi (các cột \"Question\", \"Asker Name\") trong báo cáo hỏi đáp."));
            return new ZoomQaReport(topic, webinarId, List.of(), warnings, errors);
        }
        Header<Column> h = Header.of(headerIndex + 1, records.get(headerIndex), Column.class, COLUMNS);
        DateOrderDetector detector = new DateOrderDetector();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            detector.offer(Cells.text(records.get(i), h.index(Column.TIME)));
        }
        DateTimes dates = detector.resolve(options, DayMonthOrder.MONTH_FIRST);
        int answersFrom = h.index(Column.ANSWERS);
        List<QaQuestion> questions = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            String[] rec = records.get(i);
            if (Cells.isEmpty(rec)) {
                continue;
            }
            int row = i + 1;
            int before = errors.size();
            String question = Cells.text(rec, h.index(Column.QUESTION));
            if (question == null) {
                errors.add(ImportError.atRow(row, "thiếu nội dung câu hỏi."));
            }
            Integer number = RowReading.count(row, Cells.text(rec, h.index(Column.NUMBER)), "số thứ tự", errors);
            var askedAt = RowReading.instant(row, Cells.text(rec, h.index(Column.TIME)), "thời gian đặt câu hỏi", false, dates, errors);
            List<String> answers = new ArrayList<>();
            if (answersFrom >= 0) {
                for (int c = answersFrom; c < rec.length; c++) {
                    if (c != answersFrom && isKnownColumn(h, c)) {
                        break;
                    }
                    String a = Cells.text(rec, c);
                    if (a != null) {
                        answers.add(a);
                    }
                }
            }
            if (errors.size() == before) {
                questions.add(new QaQuestion(row, number, question, Cells.text(rec, h.index(Column.ASKER_NAME)),
                        Cells.text(rec, h.index(Column.ASKER_EMAIL)), answers, askedAt));
            }
        }
        return new ZoomQaReport(topic, webinarId, questions, warnings, errors);
    }

    private static boolean isKnownColumn(Header<Column> h, int index) {
        for (Column c : Column.values()) {
            if (h.index(c) == index) {
                return true;
            }
        }
        for (Header.Extra e : h.extras()) {
            if (e.index() == index) {
                return true;
            }
        }
        return false;
    }
}
