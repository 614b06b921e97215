package vn.ntm.portal.training.imports;

/**
 * One problem found in an imported file, in Vietnamese.
 *
 * @param row the row as a spreadsheet shows it (1-based, counting preamble and header rows; a quoted cell spanning
 *            several lines is one row); 0 when the problem concerns the whole file
 * @param message the complete message to show, e.g. {@code Dòng 12: thời gian vào phòng "31/31/2025" không đúng
 *                định dạng ngày giờ.}
 */
public record ImportError(int row, String message) {

    /** A problem of one row; {@code detail} starts in lower case and ends with a full stop. */
    public static ImportError atRow(int row, String detail) {
        return new ImportError(row, "Dòng " + row + ": " + detail);
    }

    /** A problem of the whole file (not recognised, unreadable, a required column missing). */
    public static ImportError ofFile(String message) {
        return new ImportError(0, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
