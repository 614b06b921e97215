package vn.ntm.portal.training.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reading typed values from cells, each failure a row error in the house style. */
final class RowReading {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private RowReading() {
    }

    /** {@code what} as "thời gian vào phòng"; a missing required value is an error too. */
    static Instant instant(int row, String text, String what, boolean required, DateTimes dates, List<ImportError> errors) {
        if (text == null) {
            if (required) {
                errors.add(ImportError.atRow(row, "thiếu " + what + "."));
            }
            return null;
        }
        Instant t = dates.parse(text);
        if (t == null) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không đúng định dạng ngày giờ."));
        }
        return t;
    }

    static LocalDateTime local(int row, String text, String what, DateTimes dates, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        LocalDateTime t = dates.parseLocal(text);
        if (t == null) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không đúng định dạng ngày giờ."));
        }
        return t;
    }

    static void checkOrder(int row, Instant join, Instant leave, String joinText, String leaveText, List<ImportError> errors) {
        if (join != null && leave != null && leave.isBefore(join)) {
            errors.add(ImportError.atRow(row, "thời gian rời phòng \"" + leaveText + "\" sớm hơn thời gian vào phòng \"" + joinText + "\"."));
        }
    }

    /** A non-negative whole number of minutes, or null when empty. */
    static Integer minutes(int row, String text, List<ImportError> errors) {
        return count(row, text, "số phút", errors);
    }

    /** A non-negative whole number, or null when empty; {@code what} as "số phút". */
    static Integer count(int row, String text, String what, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        Long v = Cells.wholeNumber(text);
        if (v == null || v < 0 || v > Integer.MAX_VALUE) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không phải là số nguyên không âm."));
            return null;
        }
        return v.intValue();
    }

    /** A non-negative whole number as long, or null when empty. */
    static Long bigCount(int row, String text, String what, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        Long v = Cells.wholeNumber(text);
        if (v == null || v < 0) {
            errors.add(ImportError.atRow(row, what + " \"" + text + "\" không phải là số nguyên không âm."));
            return null;
        }
        return v;
    }

    /** Yes/No in the column headed {@code header}; null when empty. */
    static Boolean flag(int row, String text, String header, List<ImportError> errors) {
        if (text == null) {
            return null;
        }
        Boolean b = Cells.yesNo(text);
        if (b == null) {
            errors.add(ImportError.atRow(row, "cột \"" + header + "\" ghi \"" + text + "\", cần \"Yes\" hoặc \"No\"."));
        }
        return b;
    }

    /** An identifier with Excel's marks removed; an E-notation number is an error. */
    static String identifier(int row, String text, String what, List<ImportError> errors) {
        Cells.IdCell cell = Cells.id(text);
        if (cell instanceof Cells.MangledId m) {
            errors.add(Cells.mangledIdError(row, what, m.raw()));
            return null;
        }
        return cell == null ? null : ((Cells.Id) cell).value();
    }

    /** An instant as messages show it, in the given zone. */
    static String shown(Instant t, ZoneId zone) {
        return SHOWN.format(t.atZone(zone));
    }
}
