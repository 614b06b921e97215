package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: cells separated by the delimiter, optionally in double quotes, a doubled quote inside quotes is
 * one quote, quoted cells may hold the delimiter and line breaks; records end with CRLF, LF or CR. Blank lines are
 * kept as records without cells, so that record {@code i} is the spreadsheet's row {@code i + 1}. A quote inside an
 * unquoted cell is taken literally (Excel does the same). Cells are returned as written (not trimmed).
 */
final class CsvReader {

    private static final String[] NO_CELLS = new String[0];

    private CsvReader() {
    }

    /** The records of {@code text} with the delimiter found by {@link #detectDelimiter}. */
    static CsvTable read(String text) throws RefusedFileException {
        char delimiter = detectDelimiter(text);
        return new CsvTable(delimiter, read(text, delimiter));
    }

    static List<String[]> read(String source, char delimiter) throws RefusedFileException {
        List<String[]> records = new ArrayList<>(Math.max(16, source.length() / 64));
        List<String> cells = new ArrayList<>(16);
        StringBuilder quoted = new StringBuilder();
        char[] text = source.toCharArray();
        int n = text.length;
        int i = 0;
        boolean lineHasContent = false;
        while (i < n) {
            char c = text[i];
            if (c == '"') {
                int startRow = records.size() + 1;
                quoted.setLength(0);
                i++;
                while (true) {
                    if (i >= n) {
                        throw new RefusedFileException("Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng " + startRow
                                + " không được đóng lại.");
                    }
                    char q = text[i];
                    if (q == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            quoted.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        quoted.append(q);
                        i++;
                    }
                }
                // Characters after the closing quote up to the delimiter (e.g. spaces) are kept, as Excel does.
                int start = i;
                while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
                    i++;
                }
                if (i > start) {
                    quoted.append(text, start, i - start);
                }
                cells.add(quoted.toString());
                lineHasContent = true;
            } else if (c == delimiter) {
                if (!lineHasContent) {
                    cells.add("");
                }
                lineHasContent = false;
                i++;
                if (i >= n || text[i] == '\n' || text[i] == '\r') {
                    cells.add("");
                }
            } else if (c == '\n' || c == '\r') {
                records.add(cells.isEmpty() ? NO_CELLS : cells.toArray(NO_CELLS));
                cells.clear();
                lineHasContent = false;
                i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            } else {
                int start = i;
                while (i < n) {
                    char u = text[i];
                    if (u == delimiter || u == '\n' || u == '\r') {
                        break;
                    }
                    i++;
                }
                cells.add(new String(text, start, i - start));
                lineHasContent = true;
            }
        }
        if (!cells.isEmpty()) {
            records.add(cells.toArray(NO_CELLS));
        }
        return records;
    }

    /**
     * Comma, tab or semicolon: the one that separates the most cells on the file's text-like lines (header and section
     * lines, where letters outnumber digits) among the first 30; quoted parts are not counted. Comma when none does.
     */
    static char detectDelimiter(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        int lines = 0;
        int lineCommas = 0;
        int lineTabs = 0;
        int lineSemicolons = 0;
        int letters = 0;
        int digits = 0;
        boolean inQuotes = false;
        for (int i = 0, n = text.length(); i <= n && lines < 30; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (inQuotes && i < n) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (letters > digits) {
                    commas += lineCommas;
                    tabs += lineTabs;
                    semicolons += lineSemicolons;
                }
                if (lineCommas + lineTabs + lineSemicolons + letters > 0) {
                    lines++;
                }
                lineCommas = lineTabs = lineSemicolons = letters = digits = 0;
            } else if (c == ',') {
                lineCommas++;
            } else if (c == '\t') {
                lineTabs++;
            } else if (c == ';') {
                lineSemicolons++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        if (semicolons > commas && semicolons > tabs) {
            return ';';
        }
        return ',';
    }

    /** The records of a file and the delimiter they were split by. */
    record CsvTable(char delimiter, List<String[]> records) {
    }
}
